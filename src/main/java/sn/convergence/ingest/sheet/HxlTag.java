package sn.convergence.ingest.sheet;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import sn.convergence.ingest.Field;

/**
 * An HXL hashtag with its attributes ("#adm1 +name", "#date+start", "#org +impl +acronym").
 * Attributes are kept lower-case and in no particular order. Old-style tags of HXL 0.x
 * ("#adm1_code", "#period_date", "#targeted_num") are read too.
 */
public record HxlTag(String hashtag, Set<String> attributes) {

  public HxlTag {
    attributes = Set.copyOf(attributes);
  }

  /** Parses a cell of a hashtag row; empty when the cell is not a tag. */
  public static Optional<HxlTag> parse(String cell) {
    if (cell == null) {
      return Optional.empty();
    }
    String text = cell.strip().toLowerCase(Locale.ROOT);
    if (!text.startsWith("#") || text.length() < 2) {
      return Optional.empty();
    }
    String[] parts = text.substring(1).split("\\s*\\+\\s*");
    String hashtag = parts[0].strip();
    if (!hashtag.matches("[a-z][a-z0-9_]*")) {
      return Optional.empty();
    }
    Set<String> attributes = new TreeSet<>();
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isBlank()) {
        attributes.add(parts[i].strip());
      }
    }
    return Optional.of(new HxlTag(hashtag, attributes));
  }

  public boolean has(String attribute) {
    return attributes.contains(attribute);
  }

  /** The field this tag feeds, if the import uses it. */
  public Optional<Field> field() {
    return Optional.ofNullable(
        switch (hashtag) {
          case "org" -> has("acronym") ? Field.ORGANISATION_ACRONYM : Field.ORGANISATION;
          case "sector", "cluster" -> Field.SECTOR;
          case "activity" -> has("code") || has("id") ? Field.ACTIVITY_CODE : Field.ACTIVITY;
          case "country", "adm0" -> Field.COUNTRY;
          case "adm1" -> has("code") || has("id") ? Field.ADM1_CODE : Field.ADM1_NAME;
          case "adm1_code", "adm1_id" -> Field.ADM1_CODE;
          case "adm2" -> has("code") || has("id") ? Field.ADM2_CODE : Field.ADM2_NAME;
          case "adm2_code", "adm2_id" -> Field.ADM2_CODE;
          case "adm3", "adm4", "adm5", "loc" -> Field.PLACE;
          case "targeted", "targeted_num" -> Field.TARGETED;
          case "reached", "reached_num" -> Field.REACHED;
          case "date" -> dateField();
          case "period_date", "report_date", "period" -> Field.PERIOD;
          case "start_date" -> Field.START_DATE;
          case "end_date" -> Field.END_DATE;
          case "status" -> Field.STATUS;
          case "beneficiary" -> Field.BENEFICIARY;
          case "value" -> valueField();
          case "unit" -> Field.UNIT;
          case "meta" -> has("source") ? Field.SOURCE : null;
          default -> null;
        });
  }

  /**
   * {@code #value +transfer} and {@code #value +unit} are an amount per beneficiary; with {@code
   * +total} or {@code +budget} they stay the row's amount.
   */
  private Field valueField() {
    boolean perUnit = has("transfer") || has("unit");
    return perUnit && !has("total") && !has("budget") ? Field.UNIT_TRANSFER : Field.VALUE;
  }

  private Field dateField() {
    if (has("start")) {
      return Field.START_DATE;
    }
    return has("end") ? Field.END_DATE : Field.PERIOD;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("#").append(hashtag);
    attributes.forEach(a -> text.append(" +").append(a));
    return text.toString();
  }
}
