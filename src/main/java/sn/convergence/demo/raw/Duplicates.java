package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the rows that report a fact another file reports too (problem 6: the national file and a
 * regional coordinator, WFP and MEN-DCaS, WFP and Oxfam, DGPSN and WFP for the joint lean-season
 * operation) and logs them; nothing is written differently, the overlap is in the files' scope.
 */
final class Duplicates {

  private Duplicates() {}

  static void mark(List<FileSpec> files) {
    Map<String, TreeSet<String>> filesByKey = new LinkedHashMap<>();
    for (FileSpec file : files) {
      for (Line line : file.data()) {
        if (line.truth != null) {
          line.truth
              .dupKeys()
              .forEach(k -> filesByKey.computeIfAbsent(k, x -> new TreeSet<>()).add(file.name));
        }
      }
    }
    for (FileSpec file : files) {
      for (Line line : file.data()) {
        if (line.truth == null) {
          continue;
        }
        TreeSet<String> others = new TreeSet<>();
        line.truth.dupKeys().forEach(k -> others.addAll(filesByKey.get(k)));
        others.remove(file.name);
        if (!others.isEmpty()) {
          line.traits.add(Line.Trait.DUPLICATE);
          line.mark(6, "other_source", null, String.join(", ", new ArrayList<>(others)));
        }
      }
    }
  }
}
