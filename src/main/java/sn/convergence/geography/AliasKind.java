package sn.convergence.geography;

/** Where an alias comes from, which decides how the resolver may use it. */
public enum AliasKind {
  /** ISO 3166-2 subdivision code, such as SN-DK. */
  ISO_3166_2,
  /** ANSD statistical code: matched only when the caller says the code is an ANSD code. */
  ANSD,
  /** A spelling met in real files. */
  VARIANT,
  /** A spelling confirmed by a user during an import. */
  USER
}
