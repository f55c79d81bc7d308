package sn.convergence.maps.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import sn.convergence.maps.Dashboard;
import sn.convergence.maps.DashboardData;
import sn.convergence.registry.InterventionType;
import sn.convergence.registry.Presence;
import sn.convergence.registry.Taxonomy;
import sn.convergence.registry.UnitPresence;

/** The national dashboard page, its charts (SVG images) and its tables as CSV. */
@Controller
class DashboardController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** What a region chart shows. */
  enum ChartMeasure {
    INTERVENTIONS,
    ACTORS,
    BUDGET
  }

  private final Dashboard dashboard;
  private final Presence presence;
  private final Taxonomy taxonomy;
  private final MessageSource messages;

  DashboardController(
      Dashboard dashboard, Presence presence, Taxonomy taxonomy, MessageSource messages) {
    this.dashboard = dashboard;
    this.presence = presence;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  @GetMapping("/dashboard")
  String page(@RequestParam(required = false) Integer year, Locale locale, Model model) {
    List<Integer> years = presence.years();
    int resolved = MapParams.resolveYear(year, years, LocalDate.now().getYear());
    model.addAttribute("data", dashboard.of(resolved));
    model.addAttribute("year", resolved);
    List<Integer> newestFirst = new java.util.ArrayList<>(years);
    java.util.Collections.reverse(newestFirst);
    model.addAttribute("years", newestFirst);
    model.addAttribute(
        "typeLabels",
        taxonomy.types().stream()
            .collect(Collectors.toMap(InterventionType::code, t -> t.label().in(locale))));
    return "maps/dashboard";
  }

  @GetMapping("/dashboard/regions.svg")
  ResponseEntity<String> regionChart(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "INTERVENTIONS") ChartMeasure measure,
      Locale locale) {
    int resolved = MapParams.resolveYear(year, presence.years(), LocalDate.now().getYear());
    DashboardData data = dashboard.of(resolved);
    List<BarChart.Bar> bars =
        data.regions().stream().map(r -> new BarChart.Bar(r.name(), value(r, measure))).toList();
    String title =
        messages.getMessage("dashboard.chart." + measure.name(), new Object[] {resolved}, locale);
    String colour = measure == ChartMeasure.BUDGET ? "#54278f" : "#2c7fb8";
    return ResponseEntity.ok()
        .contentType(MapExportController.SVG)
        .body(BarChart.render(title, bars, colour, locale));
  }

  @GetMapping("/dashboard/{view}.csv")
  ResponseEntity<String> csv(
      @PathVariable String view, @RequestParam(required = false) Integer year) {
    int resolved = MapParams.resolveYear(year, presence.years(), LocalDate.now().getYear());
    Map<String, java.util.function.Function<DashboardData, String>> writers =
        Map.of(
            "regions", DashboardCsv::regions,
            "matrix", DashboardCsv::matrix,
            "actors", DashboardCsv::actors);
    if (!writers.containsKey(view)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String body = writers.get(view).apply(dashboard.of(resolved));
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("convergence-" + view + "-" + resolved + ".csv")
                .build()
                .toString())
        .body(body);
  }

  private static double value(UnitPresence region, ChartMeasure measure) {
    return switch (measure) {
      case INTERVENTIONS -> region.interventionCount();
      case ACTORS -> region.actorCount();
      case BUDGET -> region.budgetXof() / 1_000_000.0;
    };
  }
}
