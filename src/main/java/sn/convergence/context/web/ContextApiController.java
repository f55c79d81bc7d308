package sn.convergence.context.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.Indicator;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.system.NotFoundException;

@RestController
@RequestMapping("/api/v1/context")
@Tag(name = "Context", description = "Context indicators per unit and year")
class ContextApiController {

  private final ContextIndicators context;
  private final AdminUnits adminUnits;

  ContextApiController(ContextIndicators context, AdminUnits adminUnits) {
    this.context = context;
    this.adminUnits = adminUnits;
  }

  record ValueView(
      String pcode, String name, int year, double value, String source, boolean synthetic) {}

  record ContextResponse(
      String indicator,
      String unit,
      String level,
      int year,
      int requestedYear,
      List<ValueView> values) {}

  @GetMapping("/indicators")
  @Operation(summary = "The context indicators known to the platform")
  List<Indicator> indicators() {
    return context.indicators();
  }

  @GetMapping
  @Operation(
      summary = "Values of one indicator for the units of a level",
      description =
          "Uses the latest year at or before the one asked (surveys are not yearly) and says which"
              + " year it used. Two sources for one unit give two entries, never an average.")
  ContextResponse values(
      @RequestParam String indicator,
      @RequestParam(defaultValue = "DEPARTMENT") String level,
      @RequestParam int year) {
    Indicator definition =
        context
            .indicator(indicator)
            .orElseThrow(() -> new NotFoundException("Indicator", indicator));
    AdminLevel adminLevel =
        AdminLevel.parse(level)
            .orElseThrow(() -> new IllegalArgumentException("Unknown level: " + level));
    int used = context.latestYear(indicator, year).orElse(year);
    Set<PCode> units =
        adminUnits.list(adminLevel, null, null).stream()
            .map(AdminUnit::pcode)
            .collect(Collectors.toSet());
    List<ValueView> values =
        context.values(indicator, used).stream()
            .filter(v -> units.contains(v.pcode()))
            .map(
                v ->
                    new ValueView(
                        v.pcode().value(),
                        adminUnits.find(v.pcode()).map(AdminUnit::name).orElse(v.pcode().value()),
                        v.year(),
                        v.value(),
                        v.source(),
                        v.synthetic()))
            .toList();
    return new ContextResponse(
        definition.code(), definition.unit(), adminLevel.name(), used, year, values);
  }
}
