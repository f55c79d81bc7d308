package sn.convergence.maps.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.Indicator;
import sn.convergence.maps.MapLayer;
import sn.convergence.maps.Measure;
import sn.convergence.maps.MeasureKind;
import sn.convergence.maps.SymbolLayer;

/** Turns a {@link MapLayer} into a {@link LayerView} in the reader's language. */
@Component
class LayerViews {

  private final MessageSource messages;
  private final ContextIndicators context;

  LayerViews(MessageSource messages, ContextIndicators context) {
    this.messages = messages;
    this.context = context;
  }

  LayerView view(MapLayer layer, Locale locale) {
    Map<String, Indicator> indicators = indicators();
    Map<String, MapLayer.YearUsed> used = new java.util.LinkedHashMap<>();
    layer.years().forEach(y -> used.putIfAbsent(y.indicator(), y));
    if (layer.symbols() != null) {
      layer.symbols().years().forEach(y -> used.putIfAbsent(y.indicator(), y));
    }
    boolean yearsDiffer = used.values().stream().anyMatch(y -> y.year() != layer.year());
    List<LayerView.YearView> years =
        used.values().stream()
            .map(
                y ->
                    new LayerView.YearView(
                        y.indicator(), indicatorLabel(indicators, y.indicator(), locale), y.year()))
            .toList();
    boolean counts =
        layer.units().stream()
            .map(MapLayer.UnitValue::value)
            .filter(java.util.Objects::nonNull)
            .allMatch(v -> v == Math.rint(v));
    List<LayerView.LegendLine> legend =
        layer.legend().stream()
            .map(
                c ->
                    new LayerView.LegendLine(
                        c.index(),
                        c.from(),
                        c.to(),
                        c.colour(),
                        c.count(),
                        legendLabel(c, counts, locale)))
            .toList();
    return new LayerView(
        layer.level(),
        layer.year(),
        layer.measure().code(),
        layer.measure().unit().name(),
        measureLabel(layer.measure(), indicators, locale),
        layer.method().name(),
        layer.palette().name(),
        layer.breaks(),
        legend,
        layer.noDataColour(),
        msg("maps.legend.noData", locale),
        years,
        yearsDiffer,
        yearNote(layer.year(), yearsDiffer, years, locale),
        layer.units(),
        layer.symbols() == null ? null : symbols(layer.symbols(), indicators, locale));
  }

  /** The second measure's circles, with the legend's reference sizes labelled. */
  private LayerView.SymbolView symbols(
      SymbolLayer symbols, Map<String, Indicator> indicators, Locale locale) {
    return new LayerView.SymbolView(
        symbols.measure().code(),
        measureLabel(symbols.measure(), indicators, locale),
        symbols.maxValue(),
        symbols.legend().stream()
            .map(s -> new LayerView.SizeLine(s.value(), s.radius(), number(s.value(), locale)))
            .toList(),
        symbols.units());
  }

  /**
   * "12 – 30" for the first class (bounds included); for the next ones the lower bound is excluded:
   * with whole numbers the label starts at the next integer ("31 – 40", or "40" alone), otherwise
   * it says so ("> 30 – 40").
   */
  String legendLabel(MapLayer.LegendClass c, boolean wholeNumbers, Locale locale) {
    double from = c.index() == 0 || !wholeNumbers ? c.from() : Math.floor(c.from()) + 1;
    if (from >= c.to()) {
      return number(c.to(), locale);
    }
    String key = c.index() == 0 || wholeNumbers ? "maps.legend.range" : "maps.legend.above";
    return msg(key, locale, number(from, locale), number(c.to(), locale));
  }

  /** The measure's label, e.g. "Beneficiaries reached per 1,000 poor people (households)". */
  String measureLabel(Measure measure, Map<String, Indicator> indicators, Locale locale) {
    if (measure.kind() == MeasureKind.CONTEXT) {
      return indicatorLabel(indicators, measure.indicator(), locale);
    }
    String label = msg("maps.measure." + measure.kind().name(), locale);
    if (measure.usesBeneficiaryUnit()) {
      return msg(
          "maps.measure.withUnit",
          locale,
          label,
          msg("registry.unit." + measure.unit().name(), locale));
    }
    return label;
  }

  Map<String, Indicator> indicators() {
    return context.indicators().stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity()));
  }

  /** Says which years of context data were used, always (empty when none was needed). */
  private String yearNote(
      int year, boolean yearsDiffer, List<LayerView.YearView> years, Locale locale) {
    if (years.isEmpty()) {
      return "";
    }
    String used =
        years.stream()
            .map(y -> msg("maps.years.item", locale, y.label(), y.year()))
            .collect(Collectors.joining(", "));
    String key = yearsDiffer ? "maps.years.differ" : "maps.years.same";
    return msg(key, locale, used, year);
  }

  private String indicatorLabel(Map<String, Indicator> indicators, String code, Locale locale) {
    Indicator indicator = indicators.get(code);
    return indicator == null ? code : indicator.label(locale);
  }

  /** Grouped digits; one decimal under 100, two under 1. */
  static String number(double value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    double abs = Math.abs(value);
    format.setMaximumFractionDigits(abs >= 100 ? 0 : abs >= 1 ? 1 : 2);
    return format.format(value);
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
