package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches each beneficiary unit with the population it is compared with, so units are respected:
 * households against poor households (population x poverty rate / 100 / household size), people and
 * participants against population, pupils against school-age children, schools against schools.
 * Other units (hectares, groups...) have no denominator.
 */
final class Denominators {

  static final String POPULATION = "POPULATION";
  static final String POVERTY_RATE = "POVERTY_RATE";
  static final String HOUSEHOLD_SIZE = "HOUSEHOLD_SIZE";
  static final String SCHOOL_AGE_CHILDREN = "SCHOOL_AGE_CHILDREN";
  static final String SCHOOLS = "SCHOOLS";

  private Denominators() {}

  /** Context indicators the denominator of a beneficiary unit needs; empty when it has none. */
  static List<String> requiredIndicators(String beneficiaryUnit) {
    return switch (beneficiaryUnit) {
      case "HOUSEHOLDS" -> List.of(POPULATION, POVERTY_RATE, HOUSEHOLD_SIZE);
      case "PEOPLE", "PERSONS", "PARTICIPANTS" -> List.of(POPULATION);
      case "PUPILS" -> List.of(SCHOOL_AGE_CHILDREN);
      case "SCHOOLS" -> List.of(SCHOOLS);
      default -> List.of();
    };
  }

  static boolean comparable(String beneficiaryUnit) {
    return !requiredIndicators(beneficiaryUnit).isEmpty();
  }

  /** Indicators a unit lacks (absent, or giving a denominator that is not positive). */
  static List<MissingItem> missingFor(String beneficiaryUnit, UnitInput unit) {
    List<MissingItem> missing = new ArrayList<>();
    for (String code : requiredIndicators(beneficiaryUnit)) {
      if (unit.contextValue(code).isEmpty()) {
        missing.add(denominatorItem(code, beneficiaryUnit));
      }
    }
    if (missing.isEmpty() && comparable(beneficiaryUnit) && !(valueOf(beneficiaryUnit, unit) > 0)) {
      missing.add(
          new MissingItem(
              MissingItem.Kind.DENOMINATOR_INDICATOR,
              codeOf(beneficiaryUnit),
              "zero or negative for beneficiaries counted in " + beneficiaryUnit));
    }
    return missing;
  }

  /** The denominator, when the unit is comparable and its context is complete and positive. */
  static Optional<Denominator> of(String beneficiaryUnit, UnitInput unit) {
    if (!comparable(beneficiaryUnit) || !missingFor(beneficiaryUnit, unit).isEmpty()) {
      return Optional.empty();
    }
    double value = valueOf(beneficiaryUnit, unit);
    return Optional.of(new Denominator(codeOf(beneficiaryUnit), value, formulaOf(beneficiaryUnit)));
  }

  private static double valueOf(String beneficiaryUnit, UnitInput unit) {
    if (beneficiaryUnit.equals("HOUSEHOLDS")) {
      return poorHouseholds(
          value(unit, POPULATION), value(unit, POVERTY_RATE), value(unit, HOUSEHOLD_SIZE));
    }
    return value(unit, requiredIndicators(beneficiaryUnit).get(0));
  }

  /** Poor households = population x poverty rate (percent) / 100 / average household size. */
  static double poorHouseholds(double population, double povertyRatePercent, double householdSize) {
    return population * povertyRatePercent / 100.0 / householdSize;
  }

  private static double value(UnitInput unit, String code) {
    return unit.contextValue(code).map(ContextFact::value).orElse(Double.NaN);
  }

  private static String codeOf(String beneficiaryUnit) {
    return switch (beneficiaryUnit) {
      case "HOUSEHOLDS" -> "POOR_HOUSEHOLDS";
      case "PUPILS" -> SCHOOL_AGE_CHILDREN;
      case "SCHOOLS" -> SCHOOLS;
      default -> POPULATION;
    };
  }

  private static String formulaOf(String beneficiaryUnit) {
    return beneficiaryUnit.equals("HOUSEHOLDS")
        ? "POPULATION x POVERTY_RATE / 100 / HOUSEHOLD_SIZE"
        : codeOf(beneficiaryUnit);
  }

  private static MissingItem denominatorItem(String code, String beneficiaryUnit) {
    return new MissingItem(
        MissingItem.Kind.DENOMINATOR_INDICATOR,
        code,
        codeOf(beneficiaryUnit) + " for beneficiaries counted in " + beneficiaryUnit);
  }
}
