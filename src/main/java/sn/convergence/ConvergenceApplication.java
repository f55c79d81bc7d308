package sn.convergence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import sn.convergence.system.cli.CommandLineEntry;

/**
 * Starts the platform. With no arguments (or only {@code --option} arguments) it serves the web
 * application; with a command such as {@code boundaries import <file>} it runs that command without
 * a web server and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConvergenceApplication {

  public static void main(String[] args) {
    if (CommandLineEntry.isCommand(args)) {
      SpringApplication app = new SpringApplication(ConvergenceApplication.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setAdditionalProfiles("cli");
      System.exit(SpringApplication.exit(app.run(args)));
    }
    SpringApplication.run(ConvergenceApplication.class, args);
  }
}
