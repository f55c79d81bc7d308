package sn.convergence.ingest.commit;

import java.math.BigDecimal;
import sn.convergence.ingest.ImportMode;

/**
 * What the user chose for one import. {@code defaultYear} dates periods written without a year
 * ("June"); {@code createOrganisations} creates organisations no name matches instead of refusing
 * their rows; {@code country} filters IATI recipient countries; {@code usdToXof} converts dollar
 * amounts (the euro has the fixed parity {@link #EUR_TO_XOF}); {@code profile} names the saved
 * column profile that maps untagged headers (none: the standard headers only).
 */
public record ImportOptions(
    ImportMode mode,
    Integer defaultYear,
    boolean createOrganisations,
    String country,
    BigDecimal usdToXof,
    String profile) {

  public static final BigDecimal EUR_TO_XOF = new BigDecimal("655.957");

  public ImportOptions {
    mode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
    country =
        country == null || country.isBlank()
            ? "SN"
            : country.strip().toUpperCase(java.util.Locale.ROOT);
    usdToXof = usdToXof == null ? new BigDecimal("600") : usdToXof;
    profile = profile == null || profile.isBlank() ? null : profile.strip();
  }

  /** Options without a column profile. */
  public ImportOptions(
      ImportMode mode,
      Integer defaultYear,
      boolean createOrganisations,
      String country,
      BigDecimal usdToXof) {
    this(mode, defaultYear, createOrganisations, country, usdToXof, null);
  }

  /** The same options in another mode (this one's when null). */
  public ImportOptions withMode(ImportMode other) {
    return new ImportOptions(
        other == null ? mode : other, defaultYear, createOrganisations, country, usdToXof, profile);
  }

  /** The same options with another column profile. */
  public ImportOptions withProfile(String other) {
    return new ImportOptions(mode, defaultYear, createOrganisations, country, usdToXof, other);
  }

  public static ImportOptions defaults() {
    return new ImportOptions(ImportMode.ALL_OR_NOTHING, null, false, "SN", null);
  }

  /** XOF per unit of the currency; null when the currency has no rate. XOF when none is named. */
  public BigDecimal rateToXof(String currency) {
    if (currency == null || currency.isBlank() || currency.equalsIgnoreCase("XOF")) {
      return BigDecimal.ONE;
    }
    return switch (currency.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "EUR" -> EUR_TO_XOF;
      case "USD" -> usdToXof;
      default -> null;
    };
  }
}
