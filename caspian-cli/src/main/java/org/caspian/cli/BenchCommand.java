package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caspian.analysis.Pipeline;
import org.caspian.bench.BenchReport;
import org.caspian.bench.CorpusGenerator;
import org.caspian.bench.DyadBench;
import org.caspian.bench.HeapProbe;
import org.caspian.bench.PipelineBench;
import org.caspian.bench.SearchBench;
import org.caspian.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caspian bench}: tokens per second per stage and in total, 1 thread and all cores. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure analysis throughput over a generated English corpus: tokens/s per "
        + "stage on one thread, the whole pipeline on one thread and on all cores, against a "
        + "same-run baseline (ICU word segmentation) and the CoreNLP figures in STACK.md; with "
        + "--mode end-to-end or both, also ingest from text files to a committed index in "
        + "articles/s and words/s.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--docs", defaultValue = "400", description = "Articles per pass (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--passes", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--threads", description = "Threads for the parallel run (default: all cores).")
  Integer threads;

  @Option(names = "--seed", defaultValue = "2025", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpus", defaultValue = "generated",
      description = "generated (template sentences, --docs articles) or sample (the built-in "
          + "sample corpus, all languages, repeated to at least --docs articles); default: "
          + "${DEFAULT-VALUE}.")
  String corpusKind;

  @Option(names = "--mode", defaultValue = "stages",
      description = "stages (the per-stage figures, in memory), end-to-end (text files in, "
          + "committed index out, with same-run baselines for reading, analysis and storing "
          + "alone), both, search (latency of searches under --readers threads over "
          + "--articles generated articles) or dyad (latency of dyad series over --events "
          + "generated events) (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--articles", defaultValue = "100000",
      description = "--mode search: articles in the generated index (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--readers", defaultValue = "20",
      description = "--mode search: concurrent searching threads (default: ${DEFAULT-VALUE}).")
  int readers;

  @Option(names = "--seconds", defaultValue = "30",
      description = "--mode search: how long to measure (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--bench-index", paramLabel = "DIR",
      description = "--mode search or dyad: where to build the index, kept for the next run "
          + "(default: a temporary folder, deleted after).")
  Path benchIndex;

  @Option(names = "--events", defaultValue = "1000000",
      description = "--mode dyad: events in the generated index (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--repeats", defaultValue = "20",
      description = "--mode dyad: times each query is timed (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ("search".equals(mode)) {
      return searchBench();
    }
    if ("dyad".equals(mode)) {
      return dyadBench();
    }
    if (docs < 1 || passes < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--docs and --passes must be at least 1");
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<Article> corpus;
    if ("sample".equals(corpusKind)) {
      corpus = sample();
    } else if ("generated".equals(corpusKind)) {
      corpus = CorpusGenerator.create().generate(docs, seed);
    } else {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--corpus must be generated or sample: " + corpusKind);
    }
    if (!List.of("stages", "end-to-end", "both").contains(mode)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--mode must be stages, end-to-end, both, search or dyad: " + mode);
    }
    PrintWriter out = spec.commandLine().getOut();
    HeapProbe heap = new HeapProbe();
    long before = heap.retainedBytes();
    long load = System.nanoTime();
    Pipeline pipeline = Services.pipeline();
    double loadSeconds = (System.nanoTime() - load) / 1e9;
    long sink = 0;
    if (!"end-to-end".equals(mode)) {
      PipelineBench bench = new PipelineBench(pipeline, passes, t);
      BenchReport report = bench.run(corpus);
      long after = heap.retainedBytes();
      out.print(report.format());
      out.printf(Locale.ROOT, "%nheap retained by the %d-stage pipeline after the run: %.0f MiB "
          + "(CoreNLP lean NER: 219 MiB, defaults: 835 MiB; STACK.md)%n",
          pipeline.stages().size(), (after - before) / 1048576.0);
      out.flush();
      sink = bench.sink();
    }
    if (!"stages".equals(mode)) {
      Path work = Files.createTempDirectory("caspian-bench-");
      try {
        out.printf(Locale.ROOT, "%npipeline load (dictionaries, language models): %.1f s%n",
            loadSeconds);
        out.print(new EndToEndBench(pipeline, t).run(corpus, work).format());
      } finally {
        deleteTree(work);
      }
      out.flush();
    }
    return sink >= 0 ? 0 : 1;
  }

  private int searchBench() throws Exception {
    if (articles < 1 || readers < 1 || seconds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--articles, --readers and --seconds must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path index = benchIndex != null ? benchIndex : Files.createTempDirectory("caspian-search-");
    try {
      new SearchBench(articles, readers, seconds, seed).run(index, out);
    } finally {
      if (benchIndex == null) {
        deleteTree(index);
      }
    }
    return 0;
  }

  private int dyadBench() throws Exception {
    if (events < 1 || repeats < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--events and --repeats must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path index = benchIndex != null ? benchIndex : Files.createTempDirectory("caspian-dyad-");
    Path workspace = Files.createTempDirectory("caspian-dyad-workspace-");
    try {
      new DyadBench(events, repeats, seed).run(index, workspace, out);
    } finally {
      deleteTree(workspace);
      if (benchIndex == null) {
        deleteTree(index);
      }
    }
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private List<Article> sample() throws java.io.IOException {
    List<Article> once = new ArrayList<>();
    new SampleCorpus().read(r -> {
      if (r.succeeded()) {
        once.add(r.article());
      }
    });
    List<Article> corpus = new ArrayList<>();
    while (corpus.size() < docs) {
      corpus.addAll(once);
    }
    return corpus;
  }
}
