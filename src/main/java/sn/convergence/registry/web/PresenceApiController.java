package sn.convergence.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.registry.PresenceReport;
import sn.convergence.registry.UnitFiche;

@RestController
@RequestMapping("/api/v1/presence")
@Tag(name = "Presence", description = "Who does what where, by region or department")
class PresenceApiController {

  private final Presence presence;
  private final Organisations organisations;

  PresenceApiController(Presence presence, Organisations organisations) {
    this.presence = presence;
    this.organisations = organisations;
  }

  @GetMapping
  @Operation(
      summary =
          "Interventions, actors, beneficiaries per unit and budget for every unit of a level",
      description =
          "A coverage row counts in the period when its dates overlap it (with year: the calendar"
              + " year); rows count whole, without pro-rating. Rows finer than the level roll up to"
              + " their ancestor; rows at a coarser level are listed apart in coarserRows, never"
              + " split. Beneficiaries are keyed by unit (households and people never added)."
              + " Without year or from/to, every period counts. Only VALIDATED interventions count;"
              + " includeDrafts=true adds the others for coordinators and administrators (ignored"
              + " for anyone else).")
  PresenceReport report(
      @RequestParam(defaultValue = "DEPARTMENT") String level,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String family,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String targetGroup,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean includeDrafts) {
    AdminLevel adminLevel =
        AdminLevel.parse(level)
            .orElseThrow(
                () -> InterventionApiController.invalid("level", "Unknown level: " + level));
    LocalDate start = year == null ? from : LocalDate.of(year, 1, 1);
    LocalDate end = year == null ? to : LocalDate.of(year, 12, 31);
    return presence.report(
        new PresenceQuery(
            adminLevel,
            start,
            end,
            family,
            type,
            OrganisationParam.parse(organisation, organisations),
            targetGroup,
            InterventionApiController.status(status),
            includeDrafts));
  }

  @GetMapping("/{pcode}")
  @Operation(summary = "Fact sheet of one unit for one year (default: the current year)")
  UnitFiche unit(
      @PathVariable String pcode,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "false") boolean includeDrafts) {
    return presence.forUnit(
        PCode.of(pcode), year == null ? LocalDate.now().getYear() : year.intValue(), includeDrafts);
  }
}
