package sn.convergence.registry.web;

import java.util.List;

/** The year a page shows: the one asked when it has data, otherwise the latest year with data. */
record YearChoice(int selected, List<Integer> years) {

  static YearChoice of(Integer requested, List<Integer> years, int fallback) {
    if (years.isEmpty()) {
      return new YearChoice(requested == null ? fallback : requested, List.of());
    }
    int latest = years.get(years.size() - 1);
    int selected = requested != null && years.contains(requested) ? requested : latest;
    List<Integer> newestFirst = new java.util.ArrayList<>(years);
    java.util.Collections.reverse(newestFirst);
    return new YearChoice(selected, List.copyOf(newestFirst));
  }
}
