package sn.convergence.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import sn.convergence.system.FieldViolation;

/**
 * Field violations ready for a form: each field path ({@code endDate}, {@code coverage[2].pcode})
 * maps to a translated message, an input id ({@code f-coverage-2-pcode}) and the id of its error
 * text for {@code aria-describedby}. Codes are translated through {@code registry.violation.*} then
 * {@code page.interventions.violation.*}, falling back to the violation's own message.
 */
public final class FormErrors {

  private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]\\.?(.*)$");

  /** The order of the inputs on the form, so that the summary reads from top to bottom. */
  private static final List<String> ORDER =
      List.of(
          "code",
          "title",
          "description",
          "types",
          "modality",
          "conditionality",
          "deliveryMechanism",
          "targetGroups",
          "startDate",
          "endDate",
          "status",
          "scalingStage",
          "policyAnchor",
          "source",
          "participants",
          "organisationId",
          "role",
          "coverage",
          "pcode",
          "period",
          "planned",
          "reached",
          "unit",
          "budgetXof");

  private static final java.util.Comparator<FieldViolation> FORM_ORDER =
      java.util.Comparator.comparingInt((FieldViolation v) -> rank(base(v.field())))
          .thenComparingInt(v -> row(v.field()))
          .thenComparingInt(v -> rank(column(v.field())));

  /** One line of the summary at the top of the form. */
  public record Item(String anchor, String label, String message) {}

  private final Map<String, String> messages;
  private final List<Item> summary;

  private FormErrors(Map<String, String> messages, List<Item> summary) {
    this.messages = messages;
    this.summary = summary;
  }

  public static FormErrors none() {
    return new FormErrors(Map.of(), List.of());
  }

  static FormErrors of(List<FieldViolation> violations, MessageSource source, Locale locale) {
    Map<String, String> messages = new LinkedHashMap<>();
    List<Item> summary = new ArrayList<>();
    for (FieldViolation v : violations.stream().sorted(FORM_ORDER).toList()) {
      String field = v.field() == null ? "" : v.field();
      String message = translate(v, source, locale);
      messages.merge(field, message, (a, b) -> a.equals(b) ? a : a + " " + b);
      summary.add(new Item("#" + id(field), label(field, source, locale), message));
    }
    return new FormErrors(Map.copyOf(messages), List.copyOf(summary));
  }

  /** The input id for a field path: {@code coverage[2].pcode} gives {@code f-coverage-2-pcode}. */
  public static String id(String field) {
    String id = field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    return "f-" + id;
  }

  public boolean any() {
    return !summary.isEmpty();
  }

  public List<Item> summary() {
    return summary;
  }

  public boolean has(String field) {
    return messages.containsKey(field);
  }

  public String message(String field) {
    return messages.get(field);
  }

  /** The error text's id when the field has an error, otherwise null (no attribute). */
  public String describedBy(String field) {
    return has(field) ? id(field) + "-error" : null;
  }

  /** Bootstrap's invalid-state class when the field has an error. */
  public String invalid(String field) {
    return has(field) ? "is-invalid" : "";
  }

  private static int rank(String name) {
    int i = ORDER.indexOf(name);
    return i < 0 ? ORDER.size() : i;
  }

  private static String base(String field) {
    Matcher m = ROW.matcher(field == null ? "" : field);
    return m.matches() ? m.group(1) : field;
  }

  private static int row(String field) {
    Matcher m = ROW.matcher(field == null ? "" : field);
    return m.matches() ? Integer.parseInt(m.group(2)) : -1;
  }

  private static String column(String field) {
    Matcher m = ROW.matcher(field == null ? "" : field);
    return m.matches() ? m.group(3) : "";
  }

  private static String translate(FieldViolation v, MessageSource source, Locale locale) {
    String fallback = v.message() == null ? v.code() : v.message();
    String page =
        source.getMessage("page.interventions.violation." + v.code(), null, fallback, locale);
    return source.getMessage("registry.violation." + v.code(), null, page, locale);
  }

  /** "Date de fin", or "Couverture, ligne 3 : P-code" for a row field. */
  private static String label(String field, MessageSource source, Locale locale) {
    Matcher m = ROW.matcher(field);
    if (!m.matches()) {
      return source.getMessage("page.interventions.field." + field, null, field, locale);
    }
    String key = m.group(3).isEmpty() ? m.group(1) : m.group(1) + "." + m.group(3);
    String part = source.getMessage("page.interventions.field." + key, null, field, locale);
    String group =
        source.getMessage("page.interventions.field." + m.group(1), null, m.group(1), locale);
    int row = Integer.parseInt(m.group(2)) + 1;
    return source.getMessage(
        "page.interventions.errors.row", new Object[] {group, row, part}, field, locale);
  }
}
