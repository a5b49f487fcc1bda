package org.caspian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caspian.analysis.eval.EvalReport;
import org.caspian.analysis.eval.Evaluator;
import org.caspian.analysis.eval.GoldSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caspian eval}: precision and recall of the pipeline against a gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run the pipeline over a gold set (default: the bundled English set) and print "
        + "precision, recall and F1 for actors, events and quotes.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "A gold set in JSON Lines.")
  Path gold;

  @Option(names = "--set", defaultValue = "dev",
      description = "Bundled set when no --gold: dev (development set, used while building the "
          + "rules) or heldout (written blind, never used for tuning); default: ${DEFAULT-VALUE}.")
  String set;

  @Option(names = "--diffs", description = "Also print what each item missed or added.")
  boolean diffs;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldSet goldSet;
    if (gold != null) {
      goldSet = GoldSet.read(gold);
    } else if ("dev".equals(set)) {
      goldSet = GoldSet.load();
    } else if ("heldout".equals(set)) {
      goldSet = GoldSet.loadBundled(GoldSet.BUNDLED_EN_HELDOUT);
    } else {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--set must be dev or heldout: " + set);
    }
    EvalReport report = new Evaluator(Services.pipeline()).run(goldSet);
    PrintWriter out = spec.commandLine().getOut();
    out.print(diffs ? report.formatWithDiffs() : report.format());
    out.flush();
    return 0;
  }
}
