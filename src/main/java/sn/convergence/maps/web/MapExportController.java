package sn.convergence.maps.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.UnitShapes;
import sn.convergence.maps.MapLayerQuery;
import sn.convergence.maps.MapLayers;
import sn.convergence.registry.Presence;

/**
 * The current map view as an SVG file, drawn on the server from the same layer as the page, with
 * the second measure's circles and, when it is on, the convergence layer.
 */
@Controller
class MapExportController {

  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final MapLayers layers;
  private final LayerViews views;
  private final UnitShapes shapes;
  private final Presence presence;
  private final Organisations organisations;
  private final MessageSource messages;
  private final ClassOverlays overlays;

  MapExportController(
      MapLayers layers,
      LayerViews views,
      UnitShapes shapes,
      Presence presence,
      Organisations organisations,
      MessageSource messages,
      ClassOverlays overlays) {
    this.overlays = overlays;
    this.layers = layers;
    this.views = views;
    this.shapes = shapes;
    this.presence = presence;
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/map/export.svg")
  ResponseEntity<String> svg(MapParams params, Locale locale) {
    MapLayerQuery query =
        params.toQuery(presence.years(), LocalDate.now().getYear(), organisations);
    LayerView layer = views.view(layers.layer(query), locale);
    List<UnitShapes.UnitShape> unitShapes =
        shapes.simplified(query.level(), LocalDate.of(query.year(), 12, 31));
    ClassOverlay overlay = params.convergenceLayer() ? overlays.of(query, locale) : null;
    String title =
        overlay == null
            ? messages.getMessage(
                "maps.export.title", new Object[] {layer.measureLabel(), query.year()}, locale)
            : messages.getMessage(
                "maps.export.convergenceTitle",
                new Object[] {overlay.title(), overlay.periodLabel(), query.year()},
                locale);
    List<String> footer = new ArrayList<>();
    if (!layer.yearNote().isEmpty()) {
      footer.add(layer.yearNote());
    }
    footer.add(messages.getMessage("maps.export.source", null, locale));
    if (!unitShapes.isEmpty()) {
      footer.add(messages.getMessage("footer.attribution", null, locale));
    }
    String body =
        SvgMap.render(
            layer,
            unitShapes,
            overlay,
            new SvgMap.Texts(title, layer.noDataLabel(), footer),
            locale);
    return ResponseEntity.ok()
        .contentType(SVG)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("convergence-map-" + query.year() + ".svg")
                .build()
                .toString())
        .body(body);
  }
}
