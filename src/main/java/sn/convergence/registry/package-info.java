/**
 * The registry of social-protection interventions: the intervention taxonomy (families, types,
 * target groups), interventions with their participating organisations and coverage rows
 * (intervention x admin unit x period), and the "who does what where" presence aggregate. The root
 * package is the module's API: {@link sn.convergence.registry.Interventions}, {@link
 * sn.convergence.registry.Taxonomy}, {@link sn.convergence.registry.Presence} and their value
 * types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package sn.convergence.registry;
