package sn.convergence.ingest.sheet;

import sn.convergence.ingest.Field;
import sn.convergence.ingest.RawRow;

/** A raw row seen through its sheet's column mapping. */
public record MappedRow(RawRow raw, ColumnMapping mapping) {

  /** The stripped text of a field's column; empty when the field is not mapped. */
  public String value(Field field) {
    Integer column = mapping.columns().get(field);
    return column == null ? "" : raw.cell(column).strip();
  }

  public String label(Field field) {
    return mapping.label(field);
  }
}
