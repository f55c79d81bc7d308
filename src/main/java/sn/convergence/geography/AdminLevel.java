package sn.convergence.geography;

import java.util.Locale;
import java.util.Optional;

/** The levels of an administrative hierarchy, from the country down. */
public enum AdminLevel {
  COUNTRY(0),
  REGION(1),
  DEPARTMENT(2),
  ARRONDISSEMENT(3),
  COMMUNE(4);

  private final int rank;

  AdminLevel(int rank) {
    this.rank = rank;
  }

  /** 0 for the country, 1 for regions (COD-AB admin 1), and so on. */
  public int rank() {
    return rank;
  }

  public static AdminLevel ofRank(int rank) {
    for (AdminLevel level : values()) {
      if (level.rank == rank) {
        return level;
      }
    }
    throw new IllegalArgumentException("No administrative level of rank " + rank);
  }

  /** Parses a level name case-insensitively, accepting the French "departement" too. */
  public static Optional<AdminLevel> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = NameNormalizer.normalize(text).toUpperCase(Locale.ROOT).replace(' ', '_');
    return switch (key) {
      case "COUNTRY", "PAYS", "ADM0" -> Optional.of(COUNTRY);
      case "REGION", "ADM1" -> Optional.of(REGION);
      case "DEPARTMENT", "DEPARTEMENT", "ADM2" -> Optional.of(DEPARTMENT);
      case "ARRONDISSEMENT", "DISTRICT", "ADM3" -> Optional.of(ARRONDISSEMENT);
      case "COMMUNE", "MUNICIPALITY", "ADM4" -> Optional.of(COMMUNE);
      default -> Optional.empty();
    };
  }
}
