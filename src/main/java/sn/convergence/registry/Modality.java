package sn.convergence.registry;

/** How the benefit reaches beneficiaries. */
public enum Modality {
  CASH,
  IN_KIND,
  VOUCHER,
  SERVICE,
  MIXED;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static Modality parse(String text) {
    return Codes.parse(Modality.class, text);
  }
}
