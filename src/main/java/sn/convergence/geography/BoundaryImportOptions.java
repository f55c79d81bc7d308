package sn.convergence.geography;

/**
 * How to read a boundary file. Every field may be null (false for {@code createUnits}): the level
 * and property names are then detected from the file, OCHA COD-AB names first ({@code
 * adm<N>_pcode}, {@code adm<N>_name}/{@code ADM<N>_FR}/{@code ADM<N>_EN}, parent {@code
 * adm<N-1>_pcode}), then geoBoundaries ({@code shapeName}, {@code shapeType}). Property names are
 * matched case-insensitively.
 *
 * @param createUnits create units missing from the reference table (level from the file, parent
 *     from the parent property, country from the first two letters of the P-code)
 */
public record BoundaryImportOptions(
    AdminLevel level,
    String pcodeProperty,
    String nameProperty,
    String parentProperty,
    boolean createUnits) {

  public static BoundaryImportOptions detect() {
    return new BoundaryImportOptions(null, null, null, null, false);
  }

  public BoundaryImportOptions atLevel(AdminLevel newLevel) {
    return new BoundaryImportOptions(
        newLevel, pcodeProperty, nameProperty, parentProperty, createUnits);
  }

  public BoundaryImportOptions creatingUnits() {
    return new BoundaryImportOptions(level, pcodeProperty, nameProperty, parentProperty, true);
  }
}
