package sn.convergence.demo;

import java.util.Locale;

/**
 * When the demonstration data is loaded: {@code auto} on the first start of the embedded database
 * only, {@code true} on any database (PostgreSQL included), {@code false} never.
 */
public enum DemoMode {
  AUTO,
  TRUE,
  FALSE;

  public static DemoMode parse(String text) {
    return text == null || text.isBlank() ? AUTO : valueOf(text.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether demo data belongs in a database reached through that JDBC URL. */
  public boolean appliesTo(String jdbcUrl) {
    return switch (this) {
      case TRUE -> true;
      case FALSE -> false;
      case AUTO -> jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
    };
  }
}
