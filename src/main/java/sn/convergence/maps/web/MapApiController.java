package sn.convergence.maps.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.actors.Organisations;
import sn.convergence.maps.MapLayers;
import sn.convergence.registry.Presence;

@RestController
@Tag(name = "Maps", description = "Classified map layers and dashboards")
class MapApiController {

  private final MapLayers layers;
  private final LayerViews views;
  private final Presence presence;
  private final Organisations organisations;

  MapApiController(
      MapLayers layers, LayerViews views, Presence presence, Organisations organisations) {
    this.layers = layers;
    this.views = views;
    this.presence = presence;
    this.organisations = organisations;
  }

  @GetMapping("/api/v1/map/layer")
  @Operation(
      summary = "One measure per region or department, classified for a choropleth",
      description =
          "Parameters: level (REGION, DEPARTMENT), year (default: latest year with coverage),"
              + " measure (INTERVENTIONS, ACTORS, BENEFICIARIES, COVERAGE_PEOPLE, COVERAGE_POOR,"
              + " BUDGET_PER_BENEFICIARY or context:<INDICATOR>), unit (beneficiary unit, default"
              + " HOUSEHOLDS), method (QUANTILES, EQUAL_INTERVALS, NATURAL_BREAKS), classes (2-7),"
              + " palette (YLGNBU, PURPLES, VIRIDIS) and the presence filters family, type,"
              + " organisation (id or acronym), targetGroup, status. Each unit gets its value"
              + " (null when unknown), class index and colour; context values come from the latest"
              + " year at or before the one asked, and `years` says which.")
  LayerView layer(MapParams params, Locale locale) {
    return views.view(
        layers.layer(params.toQuery(presence.years(), LocalDate.now().getYear(), organisations)),
        locale);
  }
}
