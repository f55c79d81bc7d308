package sn.convergence.geography;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import sn.convergence.geography.BoundaryImportReport.AdjacencyDifference;
import sn.convergence.geography.ImportProgress.Phase;
import sn.convergence.geography.boundaries.AdjacencyCalculator;
import sn.convergence.geography.boundaries.AdjacencyCalculator.UnitPair;
import sn.convergence.geography.boundaries.BoundaryFetcher;
import sn.convergence.geography.boundaries.BoundaryFileSchema;
import sn.convergence.geography.boundaries.BoundaryShapes;
import sn.convergence.geography.boundaries.BoundaryShapes.UnitShape;
import sn.convergence.geography.boundaries.FeatureMatcher;
import sn.convergence.geography.boundaries.GeoJsonGeometry;
import sn.convergence.geography.boundaries.GeoJsonReader;
import sn.convergence.geography.boundaries.SourceFeature;
import sn.convergence.geography.internal.BoundaryStore;

/**
 * Imports administrative boundaries (OCHA COD-AB or geoBoundaries GeoJSON) for one level: stores
 * each known unit's geometry and a simplified copy, its area centroid and area, and the adjacency
 * computed between the file's units. Reading and geometry work happen first; every write then
 * happens in one transaction, so a failed import leaves the database as it was.
 */
@Service
public class BoundaryImport {

  /** Simplification distance for map copies, in degrees (about 400 m). */
  static final double MAP_TOLERANCE = 0.004;

  static final int STORED_DECIMALS = 6;
  static final int MAP_DECIMALS = 4;

  private final AdminUnits adminUnits;
  private final BoundaryFetcher fetcher;
  private final BoundaryStore store;
  private final TransactionTemplate transactions;

  BoundaryImport(
      AdminUnits adminUnits,
      BoundaryFetcher fetcher,
      BoundaryStore store,
      TransactionTemplate transactions) {
    this.adminUnits = adminUnits;
    this.fetcher = fetcher;
    this.store = store;
    this.transactions = transactions;
  }

  /**
   * Runs the import and returns its report.
   *
   * @throws BoundaryImportException when the source cannot be read or matches no unit; nothing is
   *     written then
   */
  @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
  public BoundaryImportReport execute(
      BoundarySource source, BoundaryImportOptions options, ImportProgress progress) {
    List<SourceFeature> features = read(source, progress);
    BoundaryFileSchema schema = BoundaryFileSchema.detect(features, options);
    FeatureMatcher.Matching matching =
        new FeatureMatcher(adminUnits).match(features, schema, options.createUnits());
    if (matching.parts().isEmpty()) {
      throw new BoundaryImportException(
          BoundaryError.NO_MATCHING_UNITS,
          String.valueOf(features.size()),
          schema.level().name(),
          unknownSample(matching));
    }
    List<UnitShape> shapes = BoundaryShapes.build(matching.parts(), MAP_TOLERANCE, progress);
    Map<PCode, Geometry> geometries = new LinkedHashMap<>();
    shapes.forEach(s -> geometries.put(s.pcode(), s.geometry()));
    SortedSet<UnitPair> pairs =
        AdjacencyCalculator.compute(
            geometries,
            AdjacencyCalculator.DEFAULT_TOLERANCE,
            done -> progress.update(Phase.ADJACENCY, done, geometries.size()));
    BoundaryImportReport report =
        new BoundaryImportReport(
            source.location(),
            schema.format().name(),
            schema.level(),
            features.size(),
            shapes.size(),
            matching.newUnits().stream().map(FeatureMatcher.NewUnit::pcode).toList(),
            matching.unknown(),
            (int) shapes.stream().filter(UnitShape::repaired).count(),
            pairs.size(),
            differences(pairs, geometries.keySet(), store.declaredAdjacency()));
    save(source, schema.level(), matching, shapes, pairs, report, progress);
    adminUnits.refresh();
    return report;
  }

  private List<SourceFeature> read(BoundarySource source, ImportProgress progress) {
    try (InputStream in = fetcher.open(source)) {
      List<SourceFeature> features =
          GeoJsonReader.read(in, count -> progress.update(Phase.READING, count, -1));
      progress.update(Phase.READING, features.size(), features.size());
      return features;
    } catch (IOException e) {
      throw new BoundaryImportException(
          BoundaryError.UNREADABLE, source.location(), e.getMessage());
    }
  }

  private void save(
      BoundarySource source,
      AdminLevel level,
      FeatureMatcher.Matching matching,
      List<UnitShape> shapes,
      SortedSet<UnitPair> pairs,
      BoundaryImportReport report,
      ImportProgress progress) {
    record Encoded(String geometry, String simplified) {}
    List<Encoded> json = new ArrayList<>();
    for (UnitShape shape : shapes) {
      json.add(
          new Encoded(
              GeoJsonGeometry.write(shape.geometry(), STORED_DECIMALS),
              GeoJsonGeometry.write(shape.simplified(), MAP_DECIMALS)));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Set<String> countries = new TreeSet<>();
    shapes.forEach(s -> countries.add(s.pcode().countryCode()));
    transactions.executeWithoutResult(
        status -> {
          for (FeatureMatcher.NewUnit unit : matching.newUnits()) {
            store.createUnit(
                unit.pcode(),
                unit.level(),
                unit.name(),
                unit.parent(),
                unit.path(),
                source.location());
          }
          for (int i = 0; i < shapes.size(); i++) {
            UnitShape shape = shapes.get(i);
            store.saveBoundary(
                shape.pcode(),
                json.get(i).geometry(),
                json.get(i).simplified(),
                shape.centroid().lat(),
                shape.centroid().lon(),
                Math.round(shape.areaKm2() * 100) / 100.0,
                source.location(),
                now);
            progress.update(Phase.SAVING, i + 1, shapes.size());
          }
          store.replaceComputedAdjacency(level, countries, pairs);
          store.logImport(report, currentUser(), now);
        });
  }

  /**
   * Pairs on which computed and declared adjacency disagree, among the file's units and only where
   * at least one of the two units has declared neighbours.
   */
  static List<AdjacencyDifference> differences(
      SortedSet<UnitPair> computed, Set<PCode> units, Map<PCode, Set<PCode>> declared) {
    SortedSet<UnitPair> declaredPairs = new TreeSet<>();
    for (PCode unit : units) {
      for (PCode neighbour : declared.getOrDefault(unit, Set.of())) {
        if (units.contains(neighbour)) {
          declaredPairs.add(UnitPair.of(unit, neighbour));
        }
      }
    }
    List<AdjacencyDifference> differences = new ArrayList<>();
    for (UnitPair pair : computed) {
      boolean comparable =
          declared.containsKey(pair.first()) || declared.containsKey(pair.second());
      if (comparable && !declaredPairs.contains(pair)) {
        differences.add(new AdjacencyDifference(pair.first(), pair.second(), "COMPUTED_ONLY"));
      }
    }
    for (UnitPair pair : declaredPairs) {
      if (!computed.contains(pair)) {
        differences.add(new AdjacencyDifference(pair.first(), pair.second(), "DECLARED_ONLY"));
      }
    }
    return differences;
  }

  private static String unknownSample(FeatureMatcher.Matching matching) {
    List<String> sample =
        matching.unknown().stream()
            .limit(5)
            .map(u -> (u.code() != null ? u.code() : u.name()) + " (" + u.reason() + ")")
            .toList();
    return String.join("; ", sample) + (matching.unknown().size() > 5 ? "; ..." : "");
  }

  private static String currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }
}
