package org.caspian.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.caspian.server.auth.TokenRole;
import org.caspian.server.auth.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian token --role reader|admin}: prints a new API token. */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Make an API token and print it (only its SHA-256 is kept, in <index>.tokens "
        + "beside the index folder). Once a token exists, 'serve' asks every request for one: "
        + "'Authorization: Bearer <token>'; reader tokens may read, admin tokens may also write.")
final class TokenCommand implements Callable<Integer> {
  @Option(names = "--role", required = true, paramLabel = "reader|admin",
      description = "What the token may do: reader (GET) or admin (also POST).")
  String role;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TokenRole r;
    try {
      r = TokenRole.parse(role);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--role must be reader or admin, not: " + role);
    }
    TokenStore tokens = new TokenStore(TokenStore.besideIndex(main.index()));
    String token = tokens.issue(r);
    PrintWriter out = spec.commandLine().getOut();
    out.println(token);
    out.flush();
    spec.commandLine().getErr().println("caspian: " + r.label() + " token recorded in "
        + tokens.file());
    spec.commandLine().getErr().flush();
    return 0;
  }
}
