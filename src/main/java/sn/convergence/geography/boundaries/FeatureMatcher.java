package sn.convergence.geography.boundaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.BoundaryImportReport.UnknownUnit;
import sn.convergence.geography.PCode;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;

/**
 * Finds the unit each feature describes: by P-code for COD-AB files, through the name resolver at
 * the file's level for geoBoundaries files (which carry no P-codes). Features of one unit are
 * grouped; features that match nothing are reported, or planned as new units when asked.
 */
public final class FeatureMatcher {

  /** A unit to create before its boundary is stored. */
  public record NewUnit(PCode pcode, AdminLevel level, String name, PCode parent, String path) {}

  /** The result: geometry parts per unit (in file order), units to create, features left out. */
  public record Matching(
      Map<PCode, List<Geometry>> parts, List<NewUnit> newUnits, List<UnknownUnit> unknown) {}

  private final AdminUnits units;

  public FeatureMatcher(AdminUnits units) {
    this.units = units;
  }

  public Matching match(
      List<SourceFeature> features, BoundaryFileSchema schema, boolean createUnits) {
    Map<PCode, List<Geometry>> parts = new LinkedHashMap<>();
    Map<PCode, NewUnit> newUnits = new LinkedHashMap<>();
    List<UnknownUnit> unknown = new ArrayList<>();
    for (SourceFeature feature : features) {
      String name = schema.nameKey() == null ? null : feature.property(schema.nameKey());
      Result result =
          schema.format() == BoundaryFileSchema.Format.GEOBOUNDARIES
              ? byName(name, schema.level())
              : byPcode(feature, schema, name, createUnits, newUnits);
      if (result.pcode() == null) {
        unknown.add(new UnknownUnit(feature.index(), result.code(), name, result.reason()));
      } else {
        parts.computeIfAbsent(result.pcode(), p -> new ArrayList<>()).add(feature.geometry());
      }
    }
    return new Matching(parts, List.copyOf(newUnits.values()), unknown);
  }

  /** Either a P-code, or the code seen and the reason it does not match. */
  private record Result(PCode pcode, String code, String reason) {}

  private Result byName(String name, AdminLevel level) {
    if (name == null || name.isBlank()) {
      return new Result(null, null, "no name");
    }
    Resolution resolution = units.resolve(ResolveQuery.of(name).atLevel(level));
    Optional<AdminUnit> match = resolution.match();
    if (match.isPresent()) {
      return new Result(match.get().pcode(), null, null);
    }
    String suggestion =
        resolution.candidates().isEmpty()
            ? ""
            : " (closest: " + resolution.candidates().get(0).unit().name() + ")";
    return new Result(null, null, "name " + resolution.status() + suggestion);
  }

  private Result byPcode(
      SourceFeature feature,
      BoundaryFileSchema schema,
      String name,
      boolean createUnits,
      Map<PCode, NewUnit> newUnits) {
    String code = feature.property(schema.pcodeKey());
    if (code == null || !PCode.looksLike(code)) {
      return new Result(null, code, "not a P-code");
    }
    PCode pcode = PCode.of(code);
    Optional<AdminUnit> unit = units.find(pcode);
    if (unit.isPresent()) {
      return unit.get().level() == schema.level()
          ? new Result(pcode, code, null)
          : new Result(null, code, "is a " + unit.get().level() + ", not a " + schema.level());
    }
    if (!createUnits) {
      return new Result(null, code, "not in the reference table");
    }
    if (newUnits.containsKey(pcode)) {
      return new Result(pcode, code, null);
    }
    return plan(feature, schema, pcode, name, newUnits);
  }

  private Result plan(
      SourceFeature feature,
      BoundaryFileSchema schema,
      PCode pcode,
      String name,
      Map<PCode, NewUnit> newUnits) {
    String label = name == null || name.isBlank() ? pcode.value() : name.strip();
    if (schema.level() == AdminLevel.COUNTRY) {
      newUnits.put(pcode, new NewUnit(pcode, schema.level(), label, null, pcode.value()));
      return new Result(pcode, pcode.value(), null);
    }
    String parentCode = schema.parentKey() == null ? null : feature.property(schema.parentKey());
    Optional<AdminUnit> parent =
        parentCode != null && PCode.looksLike(parentCode)
            ? units.find(PCode.of(parentCode))
            : Optional.empty();
    if (parent.isEmpty()) {
      return new Result(
          null, pcode.value(), "parent " + parentCode + " unknown: load the level above first");
    }
    String path = parent.get().path() + "/" + pcode.value();
    newUnits.put(pcode, new NewUnit(pcode, schema.level(), label, parent.get().pcode(), path));
    return new Result(pcode, pcode.value(), null);
  }
}
