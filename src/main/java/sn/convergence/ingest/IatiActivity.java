package sn.convergence.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One IATI activity as read: texts by language ("fr", "en"), codes as given, amounts as decimals in
 * their currency. Role codes of participating organisations: 1 Funding, 2 Accountable, 3 Extending,
 * 4 Implementing. Activity date types: 1 planned start, 2 actual start, 3 planned end, 4 actual
 * end.
 */
public record IatiActivity(
    String identifier,
    String hierarchy,
    String defaultCurrency,
    Organisation reportingOrg,
    List<Organisation> participatingOrgs,
    Map<String, String> titles,
    Map<String, String> descriptions,
    String status,
    Map<String, LocalDate> dates,
    List<CountryShare> recipientCountries,
    List<String> recipientRegions,
    List<Location> locations,
    List<Sector> sectors,
    List<Budget> budgets,
    List<Transaction> transactions,
    List<Result> results,
    List<Related> relatedActivities) {

  /** An organisation with its IATI reference, role and type codes and names by language. */
  public record Organisation(String ref, String role, String type, Map<String, String> names) {}

  /** A recipient country and its percentage (null when not given). */
  public record CountryShare(String code, BigDecimal percentage) {}

  /**
   * A location: names, administrative codes ("G1:2250804" as vocabulary:code, ":SN01" without a
   * vocabulary) and a WGS84 point (null coordinates when absent).
   */
  public record Location(
      Map<String, String> names, List<String> administrativeCodes, Double lat, Double lon) {}

  /** A sector code in its vocabulary, with labels when the codelist knows it. */
  public record Sector(
      String vocabulary,
      String code,
      BigDecimal percentage,
      Map<String, String> narratives,
      String labelEn,
      String labelFr) {}

  /** A budget line. */
  public record Budget(
      String type,
      String status,
      LocalDate start,
      LocalDate end,
      BigDecimal value,
      String currency) {}

  /**
   * A transaction; type codes of the IATI TransactionType codelist (2 commitment, 3
   * disbursement...).
   */
  public record Transaction(String type, LocalDate date, BigDecimal value, String currency) {}

  /** A result with its indicators. */
  public record Result(String type, Map<String, String> titles, List<Indicator> indicators) {}

  /** An indicator with its baseline and, per period, targets and actuals as written. */
  public record Indicator(
      Map<String, String> titles,
      String measure,
      String baseline,
      List<String> targets,
      List<String> actuals) {}

  /** A related activity: type 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party. */
  public record Related(String type, String ref) {}

  /** True when the activity names this country among its recipients. */
  public boolean isFor(String countryCode) {
    return recipientCountries.stream().anyMatch(c -> c.code().equalsIgnoreCase(countryCode));
  }
}
