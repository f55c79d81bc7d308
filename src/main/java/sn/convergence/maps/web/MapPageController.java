package sn.convergence.maps.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

  MapPageController(
      MapLayers layers,
      LayerViews views,
      MapChoices choices,
      Presence presence,
      Organisations organisations,
      @Value("${convergence.map.tile-url:}") String tileUrl,
      @Value("${convergence.map.tile-attribution:}") String tileAttribution) {
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

  @GetMapping("/map/panel/{pcode}")
  String panel(
      @PathVariable String pcode, @RequestParam(required = false) Integer year, Model model) {
    int resolved = MapParams.resolveYear(year, presence.years(), LocalDate.now().getYear());
    model.addAttribute("fiche", presence.forUnit(PCode.of(pcode), resolved));
    model.addAttribute("year", resolved);
    return "maps/panel :: panel";
  }
}
