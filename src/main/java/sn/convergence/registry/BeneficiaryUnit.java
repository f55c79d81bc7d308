package sn.convergence.registry;

/** What a coverage figure counts. Households and people are never added together. */
public enum BeneficiaryUnit {
  HOUSEHOLDS,
  PEOPLE,
  PUPILS,
  SCHOOLS,
  PARTICIPANTS,
  FARMERS_INSURED,
  FARMERS_PAID,
  CARDS,
  GROUPS,
  HECTARES,
  REPORTS,
  /** Quantities distributed (food), as partners' 3W files report them. */
  TONNES,
  /** Months of support given, as partners' 3W files report them. */
  MONTHS;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static BeneficiaryUnit parse(String text) {
    return Codes.parse(BeneficiaryUnit.class, text);
  }
}
