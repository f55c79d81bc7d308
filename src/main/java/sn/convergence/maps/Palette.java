package sn.convergence.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sequential colour-blind-safe palettes, light (low values) to dark (high values). YlGnBu and
 * Purples follow ColorBrewer's published steps for 3 to 9 classes; viridis is sampled from nine
 * anchors of the matplotlib map.
 */
public enum Palette {
  YLGNBU(
      Map.of(
          3, List.of("#edf8b1", "#7fcdbb", "#2c7fb8"),
          4, List.of("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
          5, List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
          6, List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
          7, List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"),
          8,
              List.of(
                  "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
                  "#0c2c84"),
          9,
              List.of(
                  "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
                  "#253494", "#081d58"))),
  PURPLES(
      Map.of(
          3, List.of("#efedf5", "#bcbddc", "#756bb1"),
          4, List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"),
          5, List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
          6, List.of("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"),
          7, List.of("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"),
          8,
              List.of(
                  "#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3",
                  "#4a1486"),
          9,
              List.of(
                  "#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3",
                  "#54278f", "#3f007d"))),
  VIRIDIS(Map.of());

  /** Colour of units without a value: light grey, distinct from every palette's first step. */
  public static final String NO_DATA = "#bdbdbd";

  private static final List<String> VIRIDIS_ANCHORS =
      List.of(
          "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30",
          "#fde725");

  private final Map<Integer, List<String>> steps;

  Palette(Map<Integer, List<String>> steps) {
    this.steps = steps;
  }

  /** The palette named by the text (case-insensitive), or the default (YlGnBu). */
  public static Palette parse(String text) {
    if (text != null) {
      for (Palette p : values()) {
        if (p.name().equalsIgnoreCase(text.strip())) {
          return p;
        }
      }
    }
    return YLGNBU;
  }

  /** {@code k} colours (1 to 9), light to dark. */
  public List<String> colours(int k) {
    if (k < 1 || k > Classification.MAX_CLASSES) {
      throw new IllegalArgumentException("classes must be between 1 and 9");
    }
    if (this == VIRIDIS) {
      return viridis(k);
    }
    if (k >= 3) {
      return steps.get(k);
    }
    List<String> three = steps.get(3);
    return k == 1 ? List.of(three.get(1)) : List.of(three.get(0), three.get(2));
  }

  /** Viridis runs dark to light; reversed here so that high values are dark like the others. */
  private static List<String> viridis(int k) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double t = k == 1 ? 0.5 : (double) i / (k - 1);
      out.add(interpolate(1 - t));
    }
    return out;
  }

  private static String interpolate(double t) {
    double position = t * (VIRIDIS_ANCHORS.size() - 1);
    int low = (int) Math.floor(position);
    int high = Math.min(low + 1, VIRIDIS_ANCHORS.size() - 1);
    double f = position - low;
    int a = Integer.parseInt(VIRIDIS_ANCHORS.get(low).substring(1), 16);
    int b = Integer.parseInt(VIRIDIS_ANCHORS.get(high).substring(1), 16);
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int ca = (a >> shift) & 0xff;
      int cb = (b >> shift) & 0xff;
      rgb |= ((int) Math.round(ca + (cb - ca) * f)) << shift;
    }
    return String.format("#%06x", rgb);
  }
}
