package sn.convergence.maps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.ContextValue;
import sn.convergence.context.Indicator;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;
import sn.convergence.registry.Figures;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.registry.UnitPresence;

/** Builds classified map layers from the registry's presence and the context indicators. */
@Service
public class MapLayers {

  private final Presence presence;
  private final ContextIndicators context;
  private final AdminUnits adminUnits;

  MapLayers(Presence presence, ContextIndicators context, AdminUnits adminUnits) {
    this.presence = presence;
    this.context = context;
    this.adminUnits = adminUnits;
  }

  /**
   * The layer of a query; units without a value get no class. The second measure, when asked, is
   * computed over the same units and filters.
   */
  public MapLayer layer(MapLayerQuery q) {
    MapLayer layer = classified(q);
    if (q.symbols() == null) {
      return layer;
    }
    return new MapLayer(
        layer.level(),
        layer.year(),
        layer.measure(),
        layer.method(),
        layer.palette(),
        layer.breaks(),
        layer.legend(),
        layer.noDataColour(),
        layer.years(),
        layer.yearsDiffer(),
        layer.units(),
        symbols(classified(q.withMeasure(q.symbols()))));
  }

  private static SymbolLayer symbols(MapLayer second) {
    Map<String, Double> values = new LinkedHashMap<>();
    second.units().forEach(u -> values.put(u.pcode(), u.value()));
    double max = ProportionalSymbols.max(values);
    return new SymbolLayer(
        second.measure(),
        max,
        second.units().stream()
            .map(
                u ->
                    new SymbolLayer.Symbol(
                        u.pcode(),
                        u.name(),
                        u.value(),
                        ProportionalSymbols.radius(u.value(), max),
                        u.lat(),
                        u.lon()))
            .toList(),
        ProportionalSymbols.legendValues(max).stream()
            .map(v -> new SymbolLayer.Size(v, ProportionalSymbols.radius(v, max)))
            .toList(),
        second.years());
  }

  private MapLayer classified(MapLayerQuery q) {
    List<UnitPresence> units = units(q);
    Map<String, ContextSlice> slices = slices(q.measure(), q.year(), q.level());
    Map<String, Double> values = MeasureCalculator.values(q.measure(), units, slices);
    double[] known =
        values.values().stream().filter(Objects::nonNull).mapToDouble(d -> d).toArray();
    double[] breaks =
        known.length == 0 ? new double[0] : Classification.breaks(known, q.classes(), q.method());
    List<String> colours = breaks.length < 2 ? List.of() : q.palette().colours(breaks.length - 1);
    int[] counts = new int[Math.max(0, breaks.length - 1)];
    List<MapLayer.UnitValue> out = new ArrayList<>();
    for (UnitPresence unit : units) {
      Double value = values.get(unit.pcode());
      Integer classIndex = value == null ? null : Classification.classOf(breaks, value);
      if (classIndex != null) {
        counts[classIndex]++;
      }
      GeoPoint centroid =
          adminUnits.find(PCode.of(unit.pcode())).map(AdminUnit::centroid).orElse(null);
      out.add(
          new MapLayer.UnitValue(
              unit.pcode(),
              unit.name(),
              value,
              classIndex,
              classIndex == null ? Palette.NO_DATA : colours.get(classIndex),
              centroid == null ? null : centroid.lat(),
              centroid == null ? null : centroid.lon()));
    }
    List<MapLayer.YearUsed> years =
        slices.values().stream().map(s -> new MapLayer.YearUsed(s.indicator(), s.year())).toList();
    return new MapLayer(
        q.level().name(),
        q.year(),
        q.measure(),
        q.method(),
        q.palette(),
        java.util.Arrays.stream(breaks).boxed().toList(),
        legend(breaks, colours, counts),
        Palette.NO_DATA,
        years,
        years.stream().anyMatch(y -> y.year() != q.year()),
        out,
        null);
  }

  /**
   * The slices a measure reads, each from the latest year at or before {@code year}; an indicator
   * without any value up to that year is left out (its units then have no value). For regions
   * without their own value, departments are combined ({@link RegionRollup}).
   */
  public Map<String, ContextSlice> slices(Measure measure, int year, AdminLevel level) {
    Map<String, ContextSlice> out = new LinkedHashMap<>();
    for (String indicator : measure.indicators()) {
      context
          .latestYear(indicator, year)
          .ifPresent(used -> out.put(indicator, slice(indicator, used, level)));
    }
    return out;
  }

  private ContextSlice slice(String indicator, int year, AdminLevel level) {
    Map<String, Double> values = values(indicator, year);
    RegionRollup.Combination combination =
        RegionRollup.combination(context.indicator(indicator).map(Indicator::unit).orElse(null));
    if (level != AdminLevel.REGION || combination == null) {
      return new ContextSlice(indicator, year, values);
    }
    LocalDate on = LocalDate.of(year, 12, 31);
    Map<String, List<String>> departments = new LinkedHashMap<>();
    for (AdminUnit region : adminUnits.list(AdminLevel.REGION, null, on)) {
      departments.put(
          region.pcode().value(),
          adminUnits.list(AdminLevel.DEPARTMENT, region.pcode(), on).stream()
              .map(d -> d.pcode().value())
              .toList());
    }
    Map<String, Double> population =
        combination == RegionRollup.Combination.POPULATION_WEIGHTED
            ? context
                .latestYear(Measure.POPULATION, year)
                .map(y -> values(Measure.POPULATION, y))
                .orElse(Map.of())
            : Map.of();
    return new ContextSlice(
        indicator, year, RegionRollup.fill(values, departments, combination, population));
  }

  /** One value per unit: a non-synthetic source first, then the first source by name. */
  private Map<String, Double> values(String indicator, int year) {
    Map<String, Double> byPcode = new LinkedHashMap<>();
    context.values(indicator, year).stream()
        .sorted(Comparator.comparing(ContextValue::synthetic).thenComparing(ContextValue::source))
        .forEach(v -> byPcode.putIfAbsent(v.pcode().value(), v.value()));
    return byPcode;
  }

  private List<UnitPresence> units(MapLayerQuery q) {
    if (q.measure().usesPresence()) {
      return presence
          .report(
              new PresenceQuery(
                  q.level(),
                  LocalDate.of(q.year(), 1, 1),
                  LocalDate.of(q.year(), 12, 31),
                  q.family(),
                  q.type(),
                  q.organisation(),
                  q.targetGroup(),
                  q.status()))
          .units();
    }
    return adminUnits.list(q.level(), null, LocalDate.of(q.year(), 12, 31)).stream()
        .map(
            u ->
                new UnitPresence(
                    u.pcode().value(),
                    u.name(),
                    u.level().name(),
                    0,
                    List.of(),
                    0,
                    List.of(),
                    Map.<sn.convergence.registry.BeneficiaryUnit, Figures>of(),
                    0,
                    0))
        .toList();
  }

  private static List<MapLayer.LegendClass> legend(
      double[] breaks, List<String> colours, int[] counts) {
    List<MapLayer.LegendClass> legend = new ArrayList<>();
    for (int i = 0; i + 1 < breaks.length; i++) {
      legend.add(new MapLayer.LegendClass(i, breaks[i], breaks[i + 1], colours.get(i), counts[i]));
    }
    return legend;
  }
}
