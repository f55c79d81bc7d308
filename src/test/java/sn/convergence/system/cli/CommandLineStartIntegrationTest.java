package sn.convergence.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import sn.convergence.ConvergenceApplication;

/**
 * The jar started with a command runs without a web server, as {@link ConvergenceApplication} does:
 * every bean the command line needs must exist outside the web context.
 */
class CommandLineStartIntegrationTest {

  @Test
  void runsHelpWithoutAWebServer() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ConvergenceApplication.class)
            .web(WebApplicationType.NONE)
            .profiles("cli", "test")
            .run("help");
    assertThat(context.getBean(CommandLineEntry.class)).isNotNull();
    assertThat(SpringApplication.exit(context)).isZero();
  }
}
