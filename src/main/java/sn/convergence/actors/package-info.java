/**
 * Organisations taking part in social protection: government structures, local authorities, UN
 * agencies, donors, NGOs, civil society, with their acronyms, hierarchy and IATI references. The
 * root package is the module's API: {@link sn.convergence.actors.Organisations} and its value
 * types. Other modules that point at organisations declare it through {@link
 * sn.convergence.actors.OrganisationReferences} so that deletion stays safe.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actors")
package sn.convergence.actors;
