package sn.convergence.ingest.commit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sn.convergence.ingest.Issue;

/**
 * The rows of one file that gave one planned fact, and the finer places (communes, villages) they
 * named. A row naming a finer place none of the earlier rows named, when every row so far named
 * one, is a part of the fact (its figures are added up); any other repeat is a duplicate. Holds
 * only the first row until a second one arrives (most facts have one row).
 */
final class FactRows {

  private final Issue.Location first;
  private List<Issue.Location> more;
  private Set<String> places;

  FactRows(Issue.Location first, String place) {
    this.first = first;
    String key = key(place);
    if (key != null) {
      places = new HashSet<>();
      places.add(key);
    }
  }

  Issue.Location first() {
    return first;
  }

  /** Every row, the first first. */
  List<Issue.Location> locations() {
    if (more == null) {
      return List.of(first);
    }
    List<Issue.Location> all = new ArrayList<>(more.size() + 1);
    all.add(first);
    all.addAll(more);
    return all;
  }

  /** True when a row with this finer place is one more part of the fact. */
  boolean isNewPart(String place) {
    String key = key(place);
    return places != null && key != null && !places.contains(key);
  }

  void add(Issue.Location at, String place) {
    if (more == null) {
      more = new ArrayList<>(2);
    }
    more.add(at);
    String key = key(place);
    if (key == null) {
      places = null;
    } else if (places != null) {
      places.add(key);
    }
  }

  private static String key(String place) {
    String key = place == null ? "" : TextKey.of(place);
    return key.isEmpty() ? null : key;
  }
}
