/**
 * Maps and dashboards: choropleth layers of one measure per region or department (presence of
 * interventions, beneficiaries, coverage against population or poor population, budget per
 * beneficiary, any context indicator), their classification into classes with colour-blind-safe
 * palettes, and the national dashboard. Reads the registry's presence aggregate, the context
 * indicators and the geography; writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Maps and dashboards")
package sn.convergence.maps;
