package sn.convergence.system.cli;

import java.util.List;
import java.util.Set;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Runs the picocli command tree when the jar is started with a command. Each capability contributes
 * its subcommands as beans implementing {@link CliCommand}.
 */
@Component
@Profile("cli")
public class CommandLineEntry implements CommandLineRunner, ExitCodeGenerator {

  private static final Set<String> COMMANDS = Set.of("boundaries", "import", "users", "demo");

  private final List<CliCommand> commands;
  private int exitCode;

  CommandLineEntry(List<CliCommand> commands) {
    this.commands = commands;
  }

  /** True when the first argument names a command rather than a Spring option. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && (COMMANDS.contains(args[0]) || "help".equals(args[0]));
  }

  @Override
  public void run(String... args) {
    CommandLine root = new CommandLine(new RootCommand());
    for (CliCommand command : commands) {
      root.addSubcommand(command.group(), command.commandLine());
    }
    String[] own =
        java.util.Arrays.stream(args)
            .filter(a -> !a.startsWith("--spring."))
            .toArray(String[]::new);
    exitCode =
        root.execute("help".equals(own.length > 0 ? own[0] : "") ? new String[] {"--help"} : own);
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  @CommandLine.Command(
      name = "convergence",
      mixinStandardHelpOptions = true,
      description = "Convergence command line: boundaries, imports, users.")
  static final class RootCommand {}
}
