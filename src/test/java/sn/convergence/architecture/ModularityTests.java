package sn.convergence.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import sn.convergence.ConvergenceApplication;

/**
 * Capabilities talk only through their root-package API (or events): {@code web} and {@code
 * internal} sub-packages stay private, and module dependencies have no cycles. The module diagrams
 * and canvases are written to {@code target/spring-modulith-docs}.
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
    new Documenter(MODULES).writeDocumentation();
  }
}
