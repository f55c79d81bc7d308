package sn.convergence.actors;

/**
 * Implemented by modules whose records point at organisations (the registry's participants), so
 * that {@link Organisations#delete} can refuse to remove an organisation still in use without
 * reading other modules' tables.
 */
public interface OrganisationReferences {

  /** How many records of the implementing module refer to the organisation. */
  long countReferences(OrganisationId id);

  /** A short English noun for the error message, e.g. "interventions". */
  String describe();
}
