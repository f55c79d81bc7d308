package sn.convergence.maps.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.UnitClass;
import sn.convergence.convergence.ZoneLayer;
import sn.convergence.convergence.ZoneLayers;
import sn.convergence.maps.MapLayerQuery;

/**
 * The convergence layer of a map view for the SVG export: the default analysis of the three years
 * ending with the map's year ({@link MapParams#convergenceYears}) at the map's level, in the
 * colours of the convergence page.
 */
@Component
class ClassOverlays {

  /** Class colours, as {@code .class-*} in {@code static/css/convergence-analysis.css}. */
  static final Map<String, String> COLOURS =
      Map.of(
          "CONVERGENCE", "#1b7837",
          "GAP", "#c0392b",
          "DUPLICATION", "#b35806",
          "LOW_PRIORITY", "#6c757d",
          "INSUFFICIENT_DATA", "#ffffff");

  static final List<String> CLASSES =
      List.of("CONVERGENCE", "GAP", "DUPLICATION", "LOW_PRIORITY", "INSUFFICIENT_DATA");

  private final ZoneLayers zoneLayers;
  private final MessageSource messages;

  ClassOverlays(ZoneLayers zoneLayers, MessageSource messages) {
    this.zoneLayers = zoneLayers;
    this.messages = messages;
  }

  /** A unit's class and zone on the convergence layer, for its fact sheet. */
  record UnitClassView(
      String classCode, String classLabel, String zoneId, String zoneLabel, String period) {}

  ClassOverlay of(MapLayerQuery query, Locale locale) {
    ZoneLayer layer = zoneLayers.layer(analysis(query));
    Map<String, String> colours = new LinkedHashMap<>();
    layer
        .units()
        .forEach(
            u ->
                colours.put(
                    u.pcode().value(),
                    COLOURS.get(u.unitClass().map(UnitClass::name).orElse("INSUFFICIENT_DATA"))));
    List<ClassOverlay.Outline> outlines = new ArrayList<>();
    for (ZoneLayer.ZoneEntry z : layer.zones()) {
      outlines.add(
          new ClassOverlay.Outline(
              z.zone().id(),
              zoneLabel(z, locale),
              z.outlineJson().orElse(null),
              z.zone().units().stream().map(p -> p.value()).toList()));
    }
    return new ClassOverlay(
        msg("maps.convergence.title", locale),
        layer.query().periodLabel(),
        msg("maps.convergence.period", locale, layer.query().periodLabel()),
        colours,
        outlines,
        CLASSES.stream()
            .map(
                c -> new ClassOverlay.Swatch(COLOURS.get(c), msg("convergence.class." + c, locale)))
            .toList(),
        msg("maps.convergence.outline", locale));
  }

  /** The unit's class and zone (null when the unit is not analysed), without drawing anything. */
  UnitClassView unitClass(MapLayerQuery query, String pcode, Locale locale) {
    ZoneLayer layer = zoneLayers.ranked(analysis(query));
    return layer.units().stream()
        .filter(u -> u.pcode().value().equals(pcode))
        .findFirst()
        .map(
            u -> {
              String code = u.unitClass().map(UnitClass::name).orElse("INSUFFICIENT_DATA");
              ZoneLayer.ZoneEntry zone =
                  u.zoneId() == null ? null : layer.zone(u.zoneId()).orElse(null);
              return new UnitClassView(
                  code,
                  msg("convergence.class." + code, locale),
                  zone == null ? null : zone.zone().id(),
                  zone == null ? null : zoneLabel(zone, locale),
                  layer.query().periodLabel());
            })
        .orElse(null);
  }

  private static ConvergenceQuery analysis(MapLayerQuery query) {
    int[] years = MapParams.convergenceYears(query.year());
    return ConvergenceQuery.defaults(query.level(), years[0], years[1]);
  }

  private String zoneLabel(ZoneLayer.ZoneEntry z, Locale locale) {
    String name = "en".equals(locale.getLanguage()) ? z.zone().nameEn() : z.zone().nameFr();
    return msg(
        "maps.convergence.zoneLabel",
        locale,
        msg("convergence.class." + z.zone().unitClass().name(), locale),
        z.rankInClass(),
        name);
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
