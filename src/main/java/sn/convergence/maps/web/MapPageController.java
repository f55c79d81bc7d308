package sn.convergence.maps.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.PCode;
import sn.convergence.maps.MapLayerQuery;
import sn.convergence.maps.MapLayers;
import sn.convergence.registry.Presence;

/** The map explorer page and the unit summary its side panel loads. */
@Controller
class MapPageController {

  private final MapLayers layers;
  private final LayerViews views;
  private final MapChoices choices;
  private final Presence presence;
  private final Organisations organisations;
  private final String tileUrl;
  private final String tileAttribution;
  private final ClassOverlays overlays;

  MapPageController(
      MapLayers layers,
      LayerViews views,
      MapChoices choices,
      Presence presence,
      Organisations organisations,
      @Value("${convergence.map.tile-url:}") String tileUrl,
      @Value("${convergence.map.tile-attribution:}") String tileAttribution,
      ClassOverlays overlays) {
    this.overlays = overlays;
    this.layers = layers;
    this.views = views;
    this.choices = choices;
    this.presence = presence;
    this.organisations = organisations;
    this.tileUrl = tileUrl;
    this.tileAttribution = tileAttribution;
  }

  @GetMapping("/map")
  String map(MapParams params, Locale locale, Model model) {
    List<Integer> years = presence.years();
    MapLayerQuery query = params.toQuery(years, LocalDate.now().getYear(), organisations);
    model.addAttribute("params", params);
    model.addAttribute("query", query);
    model.addAttribute("queryString", params.queryString(query.year()));
    model.addAttribute("choices", choices.of(years, query.year(), locale));
    model.addAttribute("layer", views.view(layers.layer(query), locale));
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("tileAttribution", tileAttribution);
    return "maps/map";
  }

  /** A measure of the map and its value in the unit, as the fact sheet lists them. */
  record OnMap(String label, String value) {}

  /**
   * The unit's fact sheet; with the map's state (the page sends its query string) it also lists the
   * unit's values of the measure and of the second measure.
   */
  @GetMapping("/map/panel/{pcode}")
  String panel(@PathVariable String pcode, MapParams params, Locale locale, Model model) {
    MapLayerQuery query =
        params.toQuery(presence.years(), LocalDate.now().getYear(), organisations);
    LayerView layer = views.view(layers.layer(query), locale);
    List<OnMap> onMap = new ArrayList<>();
    layer.units().stream()
        .filter(u -> u.pcode().equals(pcode))
        .findFirst()
        .ifPresent(u -> onMap.add(new OnMap(layer.measureLabel(), text(u.value(), locale))));
    if (layer.symbols() != null) {
      layer.symbols().units().stream()
          .filter(u -> u.pcode().equals(pcode))
          .findFirst()
          .ifPresent(
              u -> onMap.add(new OnMap(layer.symbols().measureLabel(), text(u.value(), locale))));
    }
    model.addAttribute("fiche", presence.forUnit(PCode.of(pcode), query.year()));
    model.addAttribute("year", query.year());
    model.addAttribute("onMap", onMap);
    model.addAttribute(
        "convergence", params.convergenceLayer() ? overlays.unitClass(query, pcode, locale) : null);
    return "maps/panel :: panel";
  }

  private static String text(Double value, Locale locale) {
    return value == null ? "–" : LayerViews.number(value, locale);
  }
}
