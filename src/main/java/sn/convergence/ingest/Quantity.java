package sn.convergence.ingest;

import java.math.BigDecimal;

/**
 * A number read from a cell. {@code value} is null when the cell holds no usable number; then
 * {@code missing} says why. {@code approximate} is set for "~3000", "plus de 40 000" and the like;
 * {@code currency} is an ISO code ("XOF", "USD", "EUR") when the cell named one, else null.
 */
public record Quantity(
    String raw, BigDecimal value, boolean approximate, String currency, Missing missing) {

  /** Why a cell holds no number. */
  public enum Missing {
    BLANK,
    NOT_AVAILABLE,
    FORMULA_ERROR,
    FREE_TEXT,
    INVALID
  }

  public static Quantity of(String raw, BigDecimal value, boolean approximate, String currency) {
    return new Quantity(raw, value, approximate, currency, null);
  }

  public static Quantity missing(String raw, Missing why) {
    return new Quantity(raw, null, false, null, why);
  }

  public boolean isPresent() {
    return value != null;
  }
}
