package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.caspian.analysis.eval.Conventions;
import org.caspian.analysis.eval.EvalReport;
import org.caspian.analysis.eval.Evaluator;
import org.caspian.analysis.eval.ExternalRecord;
import org.caspian.analysis.eval.ExternalSet;
import org.caspian.analysis.eval.GoldSet;
import org.caspian.analysis.eval.PloverEvaluator;
import org.caspian.analysis.eval.QuadEvaluator;
import org.caspian.model.CameoTaxonomy;
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
          + "rules), heldout (written blind, never used for tuning), news (written blind to the "
          + "version 2 conventions, since used for tuning), news2 (written blind to the version 2 "
          + "conventions, since used for tuning), news3 (written blind to the version 2.1 "
          + "conventions, since used for tuning), news4 (written blind to the version 2.1 "
          + "conventions, never used for tuning: the figure to quote), ru-news (Russian, written "
          + "blind to the version 2 conventions, events on trial), ru-news2 (Russian, written blind "
          + "to the version 2.1 conventions, never used for tuning), az-news and hy-news "
          + "(Azerbaijani and Armenian, written blind to the version 2.1 conventions; Armenian "
          + "events ship, Azerbaijani ones are on trial); or a peer set read from --data: plover "
          + "(PLOVER gold-standard records, dyad + category), conflibert (ConfliBERT CAMEO test split, quad class); "
          + "default: ${DEFAULT-VALUE}.")
  String set;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of the peer event sets (default: the first shared/data/events found "
          + "above the working directory).")
  Path data;

  @Option(names = "--diffs", description = "Also print what each item missed or added.")
  boolean diffs;

  @Option(names = "--event-languages", split = ",", paramLabel = "LANG",
      description = "Languages to code events in, shipped or on trial (default: the shipped "
          + "ones; --set ru-news adds ru and --set az-news az, which are on trial).")
  Set<String> eventLanguages;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean peer = "plover".equals(set) || "conflibert".equals(set);
    out.print(gold == null && peer ? peerSet() : goldSet());
    out.flush();
    return 0;
  }

  /** The report on a peer set read from {@code --data}. */
  private String peerSet() {
    Path dir = ExternalSet.locate(data).orElseThrow(() -> new IllegalArgumentException(
        (data == null ? "no shared/data/events folder above " + Path.of("").toAbsolutePath()
            : data + ": not a folder") + " (give --data DIR)"));
    if ("plover".equals(set)) {
      List<ExternalRecord> records = ExternalSet.read(dir.resolve(ExternalSet.PLOVER));
      var report = new PloverEvaluator(Services.pipeline(), CameoTaxonomy.load()).run(records);
      return diffs ? report.formatWithDiffs() : report.format();
    }
    List<ExternalRecord> records = ExternalSet.read(dir.resolve(ExternalSet.CONFLIBERT));
    var report = new QuadEvaluator(Services.pipeline()).run(records, "test");
    return diffs ? report.formatWithDiffs() : report.format();
  }

  /** The report on {@code --gold} or a bundled gold set. */
  private String goldSet() throws IOException {
    GoldSet goldSet;
    Conventions conventions = Conventions.V1;
    if (gold != null) {
      goldSet = GoldSet.read(gold);
      conventions = Conventions.V2;
    } else if ("dev".equals(set)) {
      goldSet = GoldSet.load();
    } else if ("heldout".equals(set)) {
      goldSet = GoldSet.loadBundled(GoldSet.BUNDLED_EN_HELDOUT);
    } else if ("news".equals(set)) {
      goldSet = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS);
      conventions = Conventions.V2;
    } else if ("news2".equals(set)) {
      goldSet = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS2);
      conventions = Conventions.V2;
    } else if ("news3".equals(set)) {
      goldSet = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS3);
      conventions = Conventions.V2;
    } else if ("news4".equals(set)) {
      goldSet = GoldSet.loadBundled(GoldSet.BUNDLED_EN_NEWS4);
      conventions = Conventions.V2;
    } else if ("az-news".equals(set) || "hy-news".equals(set)) {
      goldSet = GoldSet.loadBundled("az-news".equals(set) ? GoldSet.BUNDLED_AZ_NEWS
          : GoldSet.BUNDLED_HY_NEWS);
      conventions = Conventions.V2;
      if (eventLanguages == null) {
        eventLanguages = Set.of("en", set.substring(0, 2));
      }
    } else if ("ru-news".equals(set) || "ru-news2".equals(set)) {
      goldSet = GoldSet.loadBundled("ru-news".equals(set) ? GoldSet.BUNDLED_RU_NEWS
          : GoldSet.BUNDLED_RU_NEWS2);
      conventions = Conventions.V2;
      if (eventLanguages == null) {
        eventLanguages = Set.of("en", "ru");
      }
    } else {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--set must be dev, heldout, news, news2, news3, news4, ru-news, ru-news2, az-news, "
          + "hy-news, plover or "
          + "conflibert: " + set);
    }
    EvalReport report = new Evaluator(eventLanguages == null ? Services.pipeline()
        : Services.pipeline(eventLanguages), conventions).run(goldSet);
    return diffs ? report.formatWithDiffs() : report.format();
  }
}
