/**
 * Administrative units (country, region, department, arrondissement, commune) keyed by OCHA COD-AB
 * style P-codes, with validity periods, aliases, name resolution, boundaries, centroids and
 * adjacency. The root package is the module's API: {@link sn.convergence.geography.AdminUnits} and
 * the value types it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package sn.convergence.geography;
