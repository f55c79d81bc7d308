package sn.convergence.ingest.sheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sn.convergence.ingest.Field;

/**
 * Which column feeds which field in one sheet, with each column's label (its HXL tag, else its
 * header text) for locating issues. When two columns claim a field, the first one wins.
 */
public record ColumnMapping(Map<Field, Integer> columns, Map<Field, String> labels) {

  public ColumnMapping {
    columns = frozen(columns);
    labels = frozen(labels);
  }

  /** An unmodifiable copy in field order (looked up for every cell of every row). */
  private static <V> Map<Field, V> frozen(Map<Field, V> map) {
    Map<Field, V> copy = new EnumMap<>(Field.class);
    map.forEach((field, value) -> copy.put(field, Objects.requireNonNull(value)));
    return Collections.unmodifiableMap(copy);
  }

  /** One mapped column. */
  public record Column(int index, String label, Field field) {}

  public static ColumnMapping of(List<Column> mapped) {
    Map<Field, Integer> columns = new EnumMap<>(Field.class);
    Map<Field, String> labels = new EnumMap<>(Field.class);
    for (Column column : mapped) {
      if (!columns.containsKey(column.field())) {
        columns.put(column.field(), column.index());
        labels.put(column.field(), column.label());
      }
    }
    return new ColumnMapping(columns, labels);
  }

  public boolean isEmpty() {
    return columns.isEmpty();
  }

  public boolean has(Field field) {
    return columns.containsKey(field);
  }

  public String label(Field field) {
    return labels.getOrDefault(field, field.name());
  }
}
