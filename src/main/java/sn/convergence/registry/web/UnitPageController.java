package sn.convergence.registry.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.ContextValue;
import sn.convergence.context.Indicator;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.registry.InterventionType;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.registry.Taxonomy;
import sn.convergence.registry.UnitPresence;
import sn.convergence.system.NotFoundException;

/** Territory pages: the list of regions and departments, and one unit's fact sheet. */
@Controller
class UnitPageController {

  private final AdminUnits adminUnits;
  private final Presence presence;
  private final ContextIndicators context;
  private final Taxonomy taxonomy;

  UnitPageController(
      AdminUnits adminUnits, Presence presence, ContextIndicators context, Taxonomy taxonomy) {
    this.adminUnits = adminUnits;
    this.presence = presence;
    this.context = context;
    this.taxonomy = taxonomy;
  }

  /** A region with its departments' presence, for the territory list. */
  record RegionBlock(UnitPresence region, List<UnitPresence> departments) {}

  /** The latest value of a context indicator at or before the page's year. */
  record ContextLine(Indicator indicator, ContextValue value) {}

  @GetMapping("/units")
  String list(@RequestParam(required = false) Integer year, Model model) {
    YearChoice choice = YearChoice.of(year, presence.years(), LocalDate.now().getYear());
    List<UnitPresence> regions =
        presence.report(PresenceQuery.ofYear(AdminLevel.REGION, choice.selected())).units();
    Map<String, List<UnitPresence>> departments =
        presence
            .report(PresenceQuery.ofYear(AdminLevel.DEPARTMENT, choice.selected()))
            .units()
            .stream()
            .collect(
                Collectors.groupingBy(
                    d -> parentOf(d.pcode()), LinkedHashMap::new, Collectors.toList()));
    model.addAttribute("year", choice.selected());
    model.addAttribute("years", choice.years());
    model.addAttribute(
        "blocks",
        regions.stream()
            .map(r -> new RegionBlock(r, departments.getOrDefault(r.pcode(), List.of())))
            .toList());
    return "registry/units";
  }

  @GetMapping("/units/{pcode}")
  String fiche(
      @PathVariable String pcode,
      @RequestParam(required = false) Integer year,
      Locale locale,
      Model model) {
    AdminUnit unit =
        adminUnits.find(PCode.of(pcode)).orElseThrow(() -> new NotFoundException("Unit", pcode));
    YearChoice choice = YearChoice.of(year, presence.years(), LocalDate.now().getYear());
    model.addAttribute("unit", unit);
    model.addAttribute("year", choice.selected());
    model.addAttribute("years", choice.years());
    model.addAttribute("fiche", presence.forUnit(unit.pcode(), choice.selected()));
    model.addAttribute("ancestors", adminUnits.ancestors(unit.pcode()));
    model.addAttribute("neighbours", units(adminUnits.neighbours(unit.pcode())));
    model.addAttribute("children", children(unit, choice.selected()));
    model.addAttribute("contextLines", contextLines(unit.pcode(), choice.selected()));
    model.addAttribute(
        "typeLabels",
        taxonomy.types().stream()
            .collect(Collectors.toMap(InterventionType::code, t -> t.label().in(locale))));
    return "registry/unit";
  }

  private List<UnitPresence> children(AdminUnit unit, int year) {
    if (unit.level() != AdminLevel.REGION) {
      return List.of();
    }
    return presence.report(PresenceQuery.ofYear(AdminLevel.DEPARTMENT, year)).units().stream()
        .filter(d -> parentOf(d.pcode()).equals(unit.pcode().value()))
        .toList();
  }

  private List<AdminUnit> units(List<PCode> codes) {
    return codes.stream().map(adminUnits::find).flatMap(Optional::stream).toList();
  }

  private List<ContextLine> contextLines(PCode pcode, int year) {
    Map<String, Indicator> indicators =
        context.indicators().stream()
            .collect(
                Collectors.toMap(
                    Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, ContextValue> latest = new LinkedHashMap<>();
    for (ContextValue value : context.forUnit(pcode)) {
      if (value.year() <= year) {
        latest.putIfAbsent(value.indicator(), value);
      }
    }
    return indicators.values().stream()
        .filter(i -> latest.containsKey(i.code()))
        .map(i -> new ContextLine(i, latest.get(i.code())))
        .toList();
  }

  private String parentOf(String pcode) {
    return adminUnits.find(PCode.of(pcode)).map(AdminUnit::parent).map(PCode::value).orElse("");
  }
}
