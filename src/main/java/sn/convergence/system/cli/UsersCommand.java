package sn.convergence.system.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;

/** {@code users create-admin --username NAME [--password-stdin]}. */
@Component
class UsersCommand implements CliCommand {

  private final UserAccounts accounts;

  UsersCommand(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public String group() {
    return "users";
  }

  @Override
  public CommandLine commandLine() {
    return new CommandLine(new Users()).addSubcommand("create-admin", new CreateAdmin());
  }

  @Command(name = "users", description = "Manage user accounts.", mixinStandardHelpOptions = true)
  static final class Users {}

  @Command(
      name = "create-admin",
      description = "Create an administrator. The password is read from standard input or asked.",
      mixinStandardHelpOptions = true)
  final class CreateAdmin implements Callable<Integer> {

    @Option(names = "--username", required = true, description = "Login name")
    String username;

    @Option(
        names = "--password-stdin",
        description = "Read the password from standard input (for scripts)")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
      String password = readPassword();
      try {
        accounts.create(username, password, Role.ADMIN, null, false);
      } catch (IllegalArgumentException | sn.convergence.system.ConflictException e) {
        System.err.println("Refused: " + e.getMessage());
        return 2;
      }
      System.out.println("Administrator '" + username + "' created.");
      return 0;
    }

    private String readPassword() throws Exception {
      if (!passwordStdin && System.console() != null) {
        return new String(System.console().readPassword("Password (12 characters or more): "));
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? "" : line.strip();
    }
  }
}
