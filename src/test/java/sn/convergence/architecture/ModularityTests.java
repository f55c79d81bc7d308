package sn.convergence.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import sn.convergence.ConvergenceApplication;

/**
 * Capabilities talk only through their root-package API (or events): {@code web} and {@code
 * internal} sub-packages stay private, and module dependencies have no cycles. The module diagrams
 * are written to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

  private static final ApplicationModules MODULES =
      ApplicationModules.of(ConvergenceApplication.class);

  @Test
  void keepsCapabilitiesBehindTheirPublicApi() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    // Canvases are left out: Modulith's Javadoc source map fails on some generated sources.
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
