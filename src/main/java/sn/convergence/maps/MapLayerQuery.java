package sn.convergence.maps;

import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.AdminLevel;
import sn.convergence.registry.InterventionStatus;

/**
 * What a layer shows: the level (region or department), the calendar year, the measure, the
 * classification and palette, the registry filters (null: no filter) and the second measure drawn
 * as proportional symbols (null: none).
 */
public record MapLayerQuery(
    AdminLevel level,
    int year,
    Measure measure,
    ClassMethod method,
    int classes,
    Palette palette,
    String family,
    String type,
    OrganisationId organisation,
    String targetGroup,
    InterventionStatus status,
    Measure symbols) {

  public MapLayerQuery {
    if (level != AdminLevel.REGION && level != AdminLevel.DEPARTMENT) {
      throw new IllegalArgumentException("Maps show regions or departments");
    }
    if (classes < 2 || classes > 7) {
      throw new IllegalArgumentException("A map has 2 to 7 classes");
    }
  }

  /** The same view with another measure and no second measure. */
  public MapLayerQuery withMeasure(Measure other) {
    return new MapLayerQuery(
        level,
        year,
        other,
        method,
        classes,
        palette,
        family,
        type,
        organisation,
        targetGroup,
        status,
        null);
  }
}
