package org.caspian.cli;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point of the {@code caspian} command. */
@Command(
    name = "caspian",
    mixinStandardHelpOptions = true,
    version = "caspian 0.1.0",
    description = "Reads news about relations between states and turns it into events, actors, "
        + "quotes, tone and framing you can query.",
    subcommands = {
      DemoCommand.class, AnalyzeCommand.class, IngestCommand.class, SearchCommand.class,
      DyadCommand.class, ServeCommand.class, TokenCommand.class, EvalCommand.class,
      BenchCommand.class, WatchCommand.class, ExportCommand.class, BriefCommand.class,
      CompareCommand.class, AchCommand.class, AlertCommand.class, StoriesCommand.class,
      NetworkCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Option(names = "--index", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Index directory (default: ~/.caspian/index, for every command).")
  Path index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The index directory given with {@code --index}, or {@code ~/.caspian/index}. */
  Path index() {
    return index != null ? index : Path.of(System.getProperty("user.home"), ".caspian", "index");
  }

  /** A command line configured as the {@code caspian} launcher uses it. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          // One line for the user; the stack trace only when debugging is asked for.
          LoggerFactory.getLogger(Main.class).debug("command failed", e);
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          cl.getErr().println("caspian: error: " + message.replace('\n', ' '));
          cl.getErr().flush();
          return CommandLine.ExitCode.SOFTWARE;
        });
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
