package sn.convergence.convergence.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.ZoneLayer;
import sn.convergence.convergence.ZoneLayers;

/** A zone's summary (rank, units, priority activities) for the side panel of the map explorer. */
@Controller
class ZonePanelController {

  private final ZoneLayers layers;
  private final AnalysisRequests requests;
  private final CodeLabels codeLabels;

  ZonePanelController(ZoneLayers layers, AnalysisRequests requests, CodeLabels codeLabels) {
    this.layers = layers;
    this.requests = requests;
    this.codeLabels = codeLabels;
  }

  @GetMapping("/convergence/zones/{id}")
  String zonePanel(@PathVariable String id, AnalysisParams params, Locale locale, Model model) {
    ConvergenceQuery query = requests.query(params);
    ZoneLayer layer = layers.ranked(query);
    ZoneLayer.ZoneEntry entry =
        layer.zone(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Map<String, String> names = new LinkedHashMap<>();
    layer.units().forEach(u -> names.put(u.pcode().value(), u.name()));
    model.addAttribute("entry", entry);
    model.addAttribute("zone", AnalysisView.zone(entry.zone(), names));
    model.addAttribute("zoneCount", layer.zones().size());
    model.addAttribute("period", query.periodLabel());
    model.addAttribute("pageUrl", "/convergence" + ConvergencePageController.queryString(query));
    model.addAttribute("labels", codeLabels.of(locale));
    model.addAttribute("english", english(locale));
    return "convergence/zone :: panel";
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
