package sn.convergence.registry.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceQuery;

/** Home: national totals of a year and presence by region. */
@Controller
class HomePageController {

  private final Presence presence;
  private final Interventions interventions;
  private final Organisations organisations;

  HomePageController(Presence presence, Interventions interventions, Organisations organisations) {
    this.presence = presence;
    this.interventions = interventions;
    this.organisations = organisations;
  }

  @GetMapping("/")
  String home(@RequestParam(required = false) Integer year, Model model) {
    YearChoice choice = YearChoice.of(year, presence.years(), LocalDate.now().getYear());
    var report = presence.report(PresenceQuery.ofYear(AdminLevel.REGION, choice.selected()));
    model.addAttribute("year", choice.selected());
    model.addAttribute("years", choice.years());
    model.addAttribute("totals", report.totals());
    model.addAttribute("regions", report.units());
    model.addAttribute("interventionTotal", interventions.count());
    model.addAttribute("organisationTotal", organisations.list(OrganisationQuery.all()).size());
    return "registry/home";
  }
}
