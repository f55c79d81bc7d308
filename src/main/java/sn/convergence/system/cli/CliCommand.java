package sn.convergence.system.cli;

/** A top-level command group contributed by a capability (for example {@code boundaries}). */
public interface CliCommand {

  /** The group name typed after the jar, for example {@code boundaries}. */
  String group();

  /** The picocli command line for that group, with its subcommands already added. */
  picocli.CommandLine commandLine();
}
