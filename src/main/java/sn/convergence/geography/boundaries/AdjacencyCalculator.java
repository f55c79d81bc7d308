package sn.convergence.geography.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import sn.convergence.geography.PCode;

/**
 * Same-level adjacency from geometry: two units are adjacent when they share a border or touch at a
 * point, within a small tolerance that absorbs coordinate rounding (files rounded to 1e-5 degrees
 * may leave hairline gaps). Candidates come from an STR-tree of envelopes. Pure.
 */
public final class AdjacencyCalculator {

  /** 1e-6 degrees is about 0.1 m: far below the rounding of COD-AB files, far above noise. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  /** An unordered pair of adjacent units, {@code first} before {@code second}. */
  public record UnitPair(PCode first, PCode second) implements Comparable<UnitPair> {

    public static UnitPair of(PCode a, PCode b) {
      return a.compareTo(b) <= 0 ? new UnitPair(a, b) : new UnitPair(b, a);
    }

    @Override
    public int compareTo(UnitPair other) {
      int byFirst = first.compareTo(other.first);
      return byFirst != 0 ? byFirst : second.compareTo(other.second);
    }
  }

  private AdjacencyCalculator() {}

  /** Pairs of units whose geometries are within {@code tolerance} degrees of each other. */
  public static SortedSet<UnitPair> compute(
      Map<PCode, Geometry> geometries, double tolerance, IntConsumer progress) {
    List<PCode> codes = new ArrayList<>(geometries.keySet());
    STRtree tree = new STRtree();
    for (int i = 0; i < codes.size(); i++) {
      tree.insert(expanded(geometries.get(codes.get(i)), tolerance), i);
    }
    SortedSet<UnitPair> pairs = new TreeSet<>();
    for (int i = 0; i < codes.size(); i++) {
      Geometry geometry = geometries.get(codes.get(i));
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(geometry);
      for (Object candidate : tree.query(expanded(geometry, tolerance))) {
        int j = (Integer) candidate;
        if (j > i && touches(prepared, geometry, geometries.get(codes.get(j)), tolerance)) {
          pairs.add(UnitPair.of(codes.get(i), codes.get(j)));
        }
      }
      progress.accept(i + 1);
    }
    return pairs;
  }

  private static boolean touches(
      PreparedGeometry prepared, Geometry geometry, Geometry other, double tolerance) {
    return prepared.intersects(other)
        || IndexedFacetDistance.isWithinDistance(geometry, other, tolerance);
  }

  private static Envelope expanded(Geometry geometry, double tolerance) {
    Envelope envelope = new Envelope(geometry.getEnvelopeInternal());
    envelope.expandBy(tolerance);
    return envelope;
  }
}
