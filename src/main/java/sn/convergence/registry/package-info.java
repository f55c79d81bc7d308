/**
 * The registry of social-protection interventions: the intervention taxonomy (families, types,
 * target groups), interventions with their participating organisations and coverage rows
 * (intervention x admin unit x period), and the "who does what where" presence aggregate. The root
 * package is the module's API: {@link sn.convergence.registry.Interventions}, {@link
 * sn.convergence.registry.Taxonomy}, {@link sn.convergence.registry.Presence} and their value
 * types.
 *
 * <p>Review workflow and permissions: {@link sn.convergence.registry.InterventionPermissions}
 * decides who may change which intervention (partners only their organisation's, never in a locked
 * {@link sn.convergence.registry.ReportingYears reporting year}); {@link
 * sn.convergence.registry.InterventionReviews} moves records DRAFT/RETURNED -> SUBMITTED ->
 * VALIDATED or RETURNED. Coordinators' and administrators' records are VALIDATED on creation,
 * partners' are DRAFT, imports are SUBMITTED; a partner's edit returns a record to DRAFT. Public
 * figures ({@link sn.convergence.registry.Presence}) count VALIDATED records only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package sn.convergence.registry;
