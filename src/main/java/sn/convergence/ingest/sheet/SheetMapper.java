package sn.convergence.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sn.convergence.ingest.ColumnProfile;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.RawRow;

/**
 * Finds how one sheet's columns map to fields, then maps its data rows. It looks for an HXL hashtag
 * row in the first {@value #SCAN_ROWS} rows (the row above it being the header); untagged columns,
 * and sheets without tags, are mapped through the profile's header texts. Rows before the mapping
 * is known are buffered (at most {@value #SCAN_ROWS}); after it, rows pass straight through.
 */
public final class SheetMapper {

  public static final int SCAN_ROWS = 25;
  private static final int MIN_PROFILE_HEADERS = 2;

  private final ColumnProfile profile;
  private final List<RawRow> buffer = new ArrayList<>();
  private ColumnMapping mapping;
  private boolean tagged;
  private RawRow headerRow;
  private final List<String> ignoredHeaders = new ArrayList<>();

  public SheetMapper(ColumnProfile profile) {
    this.profile = profile;
  }

  /**
   * Feeds one row; returns the data rows ready to stage (often just this one, maybe none). A sheet
   * found to have neither tags nor known headers gives no rows at all: it is reported as skipped.
   */
  public List<MappedRow> accept(RawRow row) {
    if (mapping != null) {
      return row.isBlank() || mapping.isEmpty() ? List.of() : List.of(new MappedRow(row, mapping));
    }
    if (isHashtagRow(row)) {
      mapping = fromTags(row, lastNonBlank());
      tagged = true;
      buffer.clear();
      return List.of();
    }
    buffer.add(row);
    return buffer.size() >= SCAN_ROWS ? settleWithoutTags() : List.of();
  }

  /** Ends the sheet: rows still buffered are mapped by headers, if any were found. */
  public List<MappedRow> finish() {
    return mapping == null ? settleWithoutTags() : List.of();
  }

  /** The mapping once known; empty when the sheet had neither tags nor known headers. */
  public Optional<ColumnMapping> mapping() {
    return Optional.ofNullable(mapping).filter(m -> !m.isEmpty());
  }

  public boolean tagged() {
    return tagged;
  }

  /**
   * The header texts of the columns neither a tag nor the profile maps, in column order: data the
   * import leaves out unless the user maps them in a column profile. Empty until the mapping is
   * known, and for a sheet skipped for want of headers.
   */
  public List<String> ignoredHeaders() {
    return mapping().isEmpty() ? List.of() : List.copyOf(ignoredHeaders);
  }

  /** The row number of the header row the mapping came from, or 0 when there was none. */
  public int headerRowNumber() {
    return headerRow == null ? 0 : headerRow.rowNumber();
  }

  static boolean isHashtagRow(RawRow row) {
    long nonBlank = row.cells().stream().filter(c -> !c.isBlank()).count();
    long tags = row.cells().stream().filter(c -> HxlTag.parse(c).isPresent()).count();
    return tags >= 1 && tags * 2 >= nonBlank;
  }

  private RawRow lastNonBlank() {
    for (int i = buffer.size() - 1; i >= 0; i--) {
      if (!buffer.get(i).isBlank()) {
        return buffer.get(i);
      }
    }
    return null;
  }

  private ColumnMapping fromTags(RawRow tagRow, RawRow header) {
    headerRow = header;
    List<ColumnMapping.Column> tagged = new ArrayList<>();
    List<ColumnMapping.Column> byHeader = new ArrayList<>();
    int width = Math.max(tagRow.cells().size(), header == null ? 0 : header.cells().size());
    for (int i = 0; i < width; i++) {
      String headerText = header == null ? "" : header.cell(i).strip();
      Optional<HxlTag> tag = HxlTag.parse(tagRow.cell(i));
      Optional<Field> field = tag.flatMap(HxlTag::field);
      if (field.isPresent()) {
        tagged.add(new ColumnMapping.Column(i, tag.get().toString(), field.get()));
      } else if (tag.isEmpty() && !headerText.isEmpty()) {
        Optional<Field> byText = profile.fieldFor(headerText);
        if (byText.isPresent()) {
          byHeader.add(new ColumnMapping.Column(i, headerText, byText.get()));
        } else {
          ignoredHeaders.add(headerText);
        }
      }
    }
    tagged.addAll(byHeader);
    return ColumnMapping.of(tagged);
  }

  private List<MappedRow> settleWithoutTags() {
    int headerIndex = -1;
    int best = MIN_PROFILE_HEADERS - 1;
    for (int i = 0; i < buffer.size(); i++) {
      int known = (int) buffer.get(i).cells().stream().filter(this::isKnownHeader).count();
      if (known > best) {
        best = known;
        headerIndex = i;
      }
    }
    if (headerIndex < 0) {
      mapping = ColumnMapping.of(List.of());
      buffer.clear();
      return List.of();
    }
    mapping = fromHeader(buffer.get(headerIndex));
    List<MappedRow> ready = new ArrayList<>();
    for (RawRow row : buffer.subList(headerIndex + 1, buffer.size())) {
      if (!row.isBlank()) {
        ready.add(new MappedRow(row, mapping));
      }
    }
    buffer.clear();
    return ready;
  }

  private boolean isKnownHeader(String cell) {
    return !cell.isBlank() && profile.fieldFor(cell).isPresent();
  }

  private ColumnMapping fromHeader(RawRow header) {
    headerRow = header;
    List<ColumnMapping.Column> columns = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cell(i);
      Optional<Field> field = profile.fieldFor(text);
      if (field.isPresent()) {
        columns.add(new ColumnMapping.Column(i, text.strip(), field.get()));
      } else if (!text.isBlank()) {
        ignoredHeaders.add(text.strip());
      }
    }
    return ColumnMapping.of(columns);
  }
}
