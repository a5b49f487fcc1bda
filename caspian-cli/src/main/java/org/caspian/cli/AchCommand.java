package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caspian.query.ach.AchMarkdown;
import org.caspian.query.ach.AchMatrix;
import org.caspian.query.ach.AchService;
import org.caspian.query.ach.Consistency;
import org.caspian.query.ach.Evidence;
import org.caspian.query.ach.EvidenceKind;
import org.caspian.query.ach.EvidenceResolver;
import org.caspian.query.ach.Grade;
import org.caspian.query.ach.Hypothesis;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian ach ...}: Analysis of Competing Hypotheses in the workspace. */
@Command(name = "ach", mixinStandardHelpOptions = true,
    description = "Analysis of Competing Hypotheses (Heuer): add hypotheses and evidence (events, "
        + "quotes, articles, notes), rate each item against each hypothesis, and show the matrix "
        + "with its inconsistency ranking, as Markdown or JSON.",
    subcommands = {AchCommand.AddHypothesis.class, AchCommand.AddEvidence.class,
        AchCommand.Rate.class, AchCommand.Close.class, AchCommand.Reopen.class,
        AchCommand.RemoveEvidence.class, AchCommand.Show.class, AchCommand.ListMatrices.class})
final class AchCommand implements Runnable {
  @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Workspace folder (default: the index folder + .workspace).")
  Path workspace;

  @Option(names = "--matrix", defaultValue = "default", scope = CommandLine.ScopeType.INHERIT,
      description = "Matrix name (default: ${DEFAULT-VALUE}).")
  String matrix;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "an ach command is required");
  }

  /**
   * An ach subcommand: runs with the workspace's matrices open, printing to its output; bad
   * input is a usage error.
   */
  abstract static class AchStep implements Callable<Integer> {
    @ParentCommand AchCommand ach;
    @Spec CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
      return UsageErrors.print(spec, out -> {
        try (AchService s = AchService.open(Workspace.dir(ach.main.index(), ach.workspace))) {
          run(s, out);
        }
      });
    }

    abstract void run(AchService s, PrintWriter out) throws IOException;
  }

  @Command(name = "add-hypothesis", mixinStandardHelpOptions = true,
      description = "Add a hypothesis (creates the matrix if new); prints its id.")
  static final class AddHypothesis extends AchStep {
    @Parameters(arity = "1..*", paramLabel = "TEXT") java.util.List<String> words;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      Hypothesis h = s.addHypothesis(ach.matrix, String.join(" ", words));
      out.println(h.id() + " " + h.title());
    }
  }

  @Command(name = "add-evidence", mixinStandardHelpOptions = true,
      description = "Add an evidence item; an event (articleId#ordinal), quote (articleId#n) or "
          + "article (id) takes its text from the index unless --text is given. Prints its id.")
  static final class AddEvidence extends AchStep {
    @Option(names = "--kind", required = true, description = "event, quote, article or note.")
    String kind;

    @Option(names = "--ref", description = "What it points at (not for a note).")
    String ref;

    @Option(names = "--text", description = "Its text (required for a note).")
    String text;

    @Option(names = "--credibility", defaultValue = "medium", description = "low, medium or high (default: ${DEFAULT-VALUE}).")
    String credibility;

    @Option(names = "--relevance", defaultValue = "medium", description = "low, medium or high (default: ${DEFAULT-VALUE}).")
    String relevance;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      EvidenceKind k = EvidenceKind.parse(kind);
      Grade c = Grade.parse(credibility);
      Grade r = Grade.parse(relevance);
      String t = text;
      if ((t == null || t.isBlank()) && k != EvidenceKind.NOTE) {
        try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(ach.main.index())) {
          t = new EvidenceResolver(store).text(k, ref);
        }
      }
      Evidence e = s.addEvidence(ach.matrix, k, ref, t, c, r);
      out.println(e.id() + " " + e.text());
    }
  }

  @Command(name = "rate", mixinStandardHelpOptions = true,
      description = "Rate evidence E against hypothesis H: CC, C, N, I, II or NA (or "
          + "consistent, inconsistent, neutral, ...).")
  static final class Rate extends AchStep {
    @Parameters(index = "0", paramLabel = "E") String evidence;
    @Parameters(index = "1", paramLabel = "H") String hypothesis;
    @Parameters(index = "2", paramLabel = "RATING") String rating;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      Consistency c = Consistency.parse(rating);
      s.rate(ach.matrix, evidence, hypothesis, c);
      out.println(evidence + " " + hypothesis + " " + c.code());
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true,
      description = "Close a hypothesis (it stays in the matrix, no longer open).")
  static final class Close extends AchStep {
    @Parameters(paramLabel = "H") String hypothesis;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      out.println(s.setOpen(ach.matrix, hypothesis, false).id() + " closed");
    }
  }

  @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Reopen a hypothesis.")
  static final class Reopen extends AchStep {
    @Parameters(paramLabel = "H") String hypothesis;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      out.println(s.setOpen(ach.matrix, hypothesis, true).id() + " open");
    }
  }

  @Command(name = "remove-evidence", mixinStandardHelpOptions = true,
      description = "Remove an evidence item and its ratings.")
  static final class RemoveEvidence extends AchStep {
    @Parameters(paramLabel = "E") String evidence;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      s.removeEvidence(ach.matrix, evidence);
      out.println(evidence + " removed");
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "The matrix, its inconsistency ranking and its evidence, as Markdown or JSON.")
  static final class Show extends AchStep {
    @Option(names = "--format", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      AchMatrix m = s.matrix(ach.matrix);
      switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "md", "markdown" -> out.print(AchMarkdown.write(m));
        case "json" -> out.println(new Json().write(m));
        default -> throw new IllegalArgumentException("--format must be md or json, not: "
            + format);
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The matrices' names.")
  static final class ListMatrices extends AchStep {
    @Override
    void run(AchService s, PrintWriter out) throws IOException {
      s.matrices().forEach(out::println);
    }
  }
}
