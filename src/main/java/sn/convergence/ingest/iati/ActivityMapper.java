package sn.convergence.ingest.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.convergence.ingest.IatiActivity;
import sn.convergence.ingest.IatiActivity.Budget;
import sn.convergence.ingest.IatiActivity.CountryShare;
import sn.convergence.ingest.IatiActivity.Indicator;
import sn.convergence.ingest.IatiActivity.Location;
import sn.convergence.ingest.IatiActivity.Organisation;
import sn.convergence.ingest.IatiActivity.Related;
import sn.convergence.ingest.IatiActivity.Result;
import sn.convergence.ingest.IatiActivity.Sector;
import sn.convergence.ingest.IatiActivity.Transaction;

/** Turns one {@code <iati-activity>} element tree into an {@link IatiActivity}. Pure. */
final class ActivityMapper {

  private final SectorCodelist sectors;

  ActivityMapper(SectorCodelist sectors) {
    this.sectors = sectors;
  }

  IatiActivity map(XmlNode activity) {
    String lang = activity.lang() == null ? "en" : activity.lang();
    String currency = activity.attr("default-currency");
    return new IatiActivity(
        activity.child("iati-identifier").map(n -> n.text().strip()).orElse(""),
        activity.attr("hierarchy"),
        currency,
        activity.child("reporting-org").map(n -> organisation(n, lang)).orElse(null),
        activity.all("participating-org").stream().map(n -> organisation(n, lang)).toList(),
        activity.child("title").map(n -> n.narratives(lang)).orElse(Map.of()),
        descriptions(activity, lang),
        activity.childAttr("activity-status", "code"),
        dates(activity),
        activity.all("recipient-country").stream()
            .map(n -> new CountryShare(n.attr("code"), decimal(n.attr("percentage"))))
            .toList(),
        activity.all("recipient-region").stream().map(n -> n.attr("code")).toList(),
        activity.all("location").stream().map(n -> location(n, lang)).toList(),
        activity.all("sector").stream().map(n -> sector(n, lang)).toList(),
        activity.all("budget").stream().map(n -> budget(n, currency)).toList(),
        activity.all("transaction").stream().map(n -> transaction(n, currency)).toList(),
        activity.all("result").stream().map(n -> result(n, lang)).toList(),
        activity.all("related-activity").stream()
            .map(n -> new Related(n.attr("type"), n.attr("ref")))
            .toList());
  }

  private static Organisation organisation(XmlNode node, String lang) {
    return new Organisation(
        node.attr("ref"), node.attr("role"), node.attr("type"), node.narratives(lang));
  }

  private static Map<String, String> descriptions(XmlNode activity, String lang) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (XmlNode description : activity.all("description")) {
      description.narratives(lang).forEach(texts::putIfAbsent);
    }
    return texts;
  }

  private static Map<String, LocalDate> dates(XmlNode activity) {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    for (XmlNode date : activity.all("activity-date")) {
      LocalDate value = date(date.attr("iso-date"));
      if (value != null && date.attr("type") != null) {
        dates.put(date.attr("type"), value);
      }
    }
    return dates;
  }

  private static Location location(XmlNode node, String lang) {
    List<String> codes = new ArrayList<>();
    for (XmlNode admin : node.all("administrative")) {
      String code = admin.attr("code");
      if (code != null && !code.isBlank()) {
        String vocabulary = admin.attr("vocabulary");
        codes.add((vocabulary == null ? "" : vocabulary.strip()) + ":" + code.strip());
      }
    }
    Double lat = null;
    Double lon = null;
    Optional<String> pos = node.child("point").flatMap(p -> p.child("pos")).map(XmlNode::text);
    if (pos.isPresent()) {
      String[] parts = pos.get().strip().split("\\s+");
      if (parts.length == 2) {
        lat = parseDouble(parts[0]);
        lon = parseDouble(parts[1]);
      }
    }
    Map<String, String> names = node.child("name").map(n -> n.narratives(lang)).orElse(Map.of());
    return new Location(names, codes, lat, lon);
  }

  private Sector sector(XmlNode node, String lang) {
    String vocabulary = node.attr("vocabulary") == null ? "1" : node.attr("vocabulary");
    String code = node.attr("code");
    Optional<SectorCodelist.Label> label =
        vocabulary.equals("1") || vocabulary.equals("2")
            ? sectors.label(vocabulary, code)
            : Optional.empty();
    return new Sector(
        vocabulary,
        code,
        decimal(node.attr("percentage")),
        node.narratives(lang),
        label.map(SectorCodelist.Label::english).orElse(null),
        label.map(SectorCodelist.Label::french).orElse(null));
  }

  private static Budget budget(XmlNode node, String defaultCurrency) {
    Optional<XmlNode> value = node.child("value");
    return new Budget(
        node.attr("type"),
        node.attr("status"),
        date(node.childAttr("period-start", "iso-date")),
        date(node.childAttr("period-end", "iso-date")),
        value.map(v -> decimal(v.text())).orElse(null),
        value.map(v -> v.attr("currency")).orElse(defaultCurrency));
  }

  private static Transaction transaction(XmlNode node, String defaultCurrency) {
    Optional<XmlNode> value = node.child("value");
    String currency = value.map(v -> v.attr("currency")).orElse(null);
    return new Transaction(
        node.childAttr("transaction-type", "code"),
        date(node.childAttr("transaction-date", "iso-date")),
        value.map(v -> decimal(v.text())).orElse(null),
        currency == null ? defaultCurrency : currency);
  }

  private static Result result(XmlNode node, String lang) {
    List<Indicator> indicators = new ArrayList<>();
    for (XmlNode indicator : node.all("indicator")) {
      List<String> targets = new ArrayList<>();
      List<String> actuals = new ArrayList<>();
      for (XmlNode period : indicator.all("period")) {
        period.child("target").map(t -> t.attr("value")).ifPresent(targets::add);
        period.child("actual").map(a -> a.attr("value")).ifPresent(actuals::add);
      }
      indicators.add(
          new Indicator(
              indicator.child("title").map(t -> t.narratives(lang)).orElse(Map.of()),
              indicator.attr("measure"),
              indicator.childAttr("baseline", "value"),
              targets,
              actuals));
    }
    return new Result(
        node.attr("type"),
        node.child("title").map(t -> t.narratives(lang)).orElse(Map.of()),
        indicators);
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(
          text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double parseDouble(String text) {
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
