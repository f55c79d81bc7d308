package sn.convergence.maps.web;

import java.util.List;
import java.util.Map;
import sn.convergence.maps.MapLayer;

/**
 * Longitude/latitude to SVG pixels in a box {@link SvgMap#MAP_WIDTH} wide, below the title: an
 * equirectangular projection with longitudes scaled by the cosine of the middle latitude.
 */
record Projection(double minLon, double maxLat, double scale, double lonFactor, int height) {

  private static final int MARGIN = 20;
  private static final int TOP = 50;

  /** Fits the shapes, or the centroids when there are no shapes (Senegal's box when neither). */
  static Projection fit(LayerView layer, Map<String, List<double[][]>> rings) {
    double[] found = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    rings.values().forEach(list -> list.forEach(r -> extend(found, r)));
    if (rings.isEmpty()) {
      for (MapLayer.UnitValue u : layer.units()) {
        if (u.lat() != null && u.lon() != null) {
          extend(found, new double[][] {{u.lon(), u.lat()}});
        }
      }
    }
    double[] box = found[0] > found[2] ? new double[] {-17.6, 12.3, -11.3, 16.7} : found;
    double lonFactor = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
    double width = Math.max((box[2] - box[0]) * lonFactor, 1e-6);
    double tall = Math.max(box[3] - box[1], 1e-6);
    double scale = (SvgMap.MAP_WIDTH - 2 * MARGIN) / width;
    return new Projection(box[0], box[3], scale, lonFactor, (int) Math.ceil(tall * scale) + MARGIN);
  }

  double x(double lon) {
    return SvgMap.round(MARGIN + (lon - minLon) * lonFactor * scale);
  }

  double y(double lat) {
    return SvgMap.round(TOP + MARGIN / 2.0 + (maxLat - lat) * scale);
  }

  private static void extend(double[] box, double[][] points) {
    for (double[] p : points) {
      box[0] = Math.min(box[0], p[0]);
      box[1] = Math.min(box[1], p[1]);
      box[2] = Math.max(box[2], p[0]);
      box[3] = Math.max(box[3], p[1]);
    }
  }
}
