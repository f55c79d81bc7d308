package sn.convergence.context;

/** A context indicator definition; {@code unit} is e.g. PEOPLE, HOUSEHOLDS, PERCENT. */
public record Indicator(String code, String labelFr, String labelEn, String unit) {

  public String label(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
  }
}
