package sn.convergence.maps;

import java.util.Map;

/**
 * The values of one context indicator used by a layer: the year they come from (the latest at or
 * before the layer's year) and one value per P-code.
 */
public record ContextSlice(String indicator, int year, Map<String, Double> byPcode) {

  public ContextSlice {
    byPcode = Map.copyOf(byPcode);
  }

  public Double value(String pcode) {
    return byPcode.get(pcode);
  }
}
