package sn.convergence.context;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.context.internal.ContextStore;
import sn.convergence.geography.PCode;

/** The context module's entry point: indicator definitions and values by unit and year. */
@Service
public class ContextIndicators {

  private final ContextStore store;

  ContextIndicators(ContextStore store) {
    this.store = store;
  }

  public List<Indicator> indicators() {
    return store.indicators();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** Adds or replaces values (same indicator, unit, year and source) in one transaction. */
  @Transactional
  public void save(List<ContextValue> values) {
    store.upsert(values);
  }

  /** All values of an indicator for a year, every source kept. */
  public List<ContextValue> values(String indicator, int year) {
    return store.find(indicator, year);
  }

  /** Values per P-code for an indicator and year; several sources give several entries. */
  public Map<PCode, List<ContextValue>> byUnit(String indicator, int year) {
    return values(indicator, year).stream()
        .collect(
            Collectors.groupingBy(
                ContextValue::pcode, java.util.TreeMap::new, Collectors.toList()));
  }

  /**
   * The latest year at or before {@code year} for which the indicator has values (survey rounds and
   * censuses are not yearly); empty when none.
   */
  public Optional<Integer> latestYear(String indicator, int year) {
    return store.latestYear(indicator, year);
  }

  /** Every value of one unit, newest year first. */
  public List<ContextValue> forUnit(PCode pcode) {
    return store.forUnit(pcode);
  }
}
