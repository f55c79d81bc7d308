package sn.convergence.maps.web;

import java.util.List;
import java.util.Map;

/**
 * The convergence layer as the SVG export draws it over the map: each unit's class colour (by
 * P-code), the zone outlines, and the legend (a title, the period, one swatch per class).
 *
 * @param colours fill by P-code; a unit missing here gets the layer's no-data colour
 * @param outlines one per zone, in rank order
 */
record ClassOverlay(
    String title,
    String periodLabel,
    String period,
    Map<String, String> colours,
    List<Outline> outlines,
    List<Swatch> legend,
    String outlineLabel) {

  /**
   * A zone: its label, its dissolved outline (a GeoJSON polygon, null without boundaries: the
   * members' circles are then ringed) and its members.
   */
  record Outline(String id, String label, String geometryJson, List<String> members) {}

  /** A legend line. */
  record Swatch(String colour, String label) {}
}
