/**
 * Demonstration data: a deterministic, synthetic but plausible dataset of Senegal's
 * social-protection landscape (organisations, interventions, coverage facts, context values and the
 * six demo stories), generated from a seed by {@link sn.convergence.demo.DemoGenerator}. Every
 * figure is fictitious and flagged {@code synthetic}. The generator is pure: it reads no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstration data")
package sn.convergence.demo;
