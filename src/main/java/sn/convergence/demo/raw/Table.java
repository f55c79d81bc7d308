package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet being built: its columns (logical column, header text, HXL tag or null), its lines, and
 * its layout: merged title rows, a group-header row above the headers, an HXL hashtag row under
 * them, and cells merged vertically (a region spanning its departments).
 */
final class Table {

  record Column(Col key, String header, String tag) {}

  /** A group header spanning columns {@code from} to {@code to} (0-based, inclusive). */
  record Group(String label, int from, int to) {}

  /** A vertical merge of one column over lines {@code first} to {@code last} (line indexes). */
  record VerticalMerge(Col column, int first, int last) {}

  final String sheet;
  final List<Column> columns = new ArrayList<>();
  final List<Line> lines = new ArrayList<>();
  final List<String> titles = new ArrayList<>();
  final List<Group> groups = new ArrayList<>();
  final List<VerticalMerge> verticalMerges = new ArrayList<>();
  boolean tagged;

  Table(String sheet) {
    this.sheet = sheet;
  }

  Table column(Col key, String header) {
    return column(key, header, null);
  }

  Table column(Col key, String header, String tag) {
    columns.add(new Column(key, header, tag));
    return this;
  }

  boolean has(Col key) {
    return columns.stream().anyMatch(c -> c.key() == key);
  }

  Column column(Col key) {
    return columns.stream().filter(c -> c.key() == key).findFirst().orElseThrow();
  }

  int index(Col key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key() == key) {
        return i;
      }
    }
    return -1;
  }

  Line add(Line line) {
    lines.add(line);
    return line;
  }

  List<Line> data() {
    return lines.stream().filter(Line::isData).toList();
  }
}
