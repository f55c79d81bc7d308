package sn.convergence.ingest.commit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sn.convergence.ingest.Issue;

/**
 * The rows of one file that gave one planned fact, and the finer places (communes, villages) they
 * named. A row naming a finer place none of the earlier rows named, when every row so far named
 * one, is a part of the fact (its figures are added up); any other repeat is a duplicate.
 */
final class FactRows {

  private final List<Issue.Location> locations = new ArrayList<>();
  private final Set<String> places = new HashSet<>();
  private boolean everyRowNamesAPlace;

  FactRows(Issue.Location first, String place) {
    locations.add(first);
    everyRowNamesAPlace = key(place) != null;
    if (everyRowNamesAPlace) {
      places.add(key(place));
    }
  }

  Issue.Location first() {
    return locations.get(0);
  }

  List<Issue.Location> locations() {
    return List.copyOf(locations);
  }

  /** True when a row with this finer place is one more part of the fact. */
  boolean isNewPart(String place) {
    String key = key(place);
    return everyRowNamesAPlace && key != null && !places.contains(key);
  }

  void add(Issue.Location at, String place) {
    locations.add(at);
    String key = key(place);
    if (key == null) {
      everyRowNamesAPlace = false;
    } else {
      places.add(key);
    }
  }

  private static String key(String place) {
    String key = place == null ? "" : TextKey.of(place);
    return key.isEmpty() ? null : key;
  }
}
