package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.StageException;
import org.caspian.ingest.FileIngestor;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.TextDecoder;
import org.caspian.ingest.TextFileReader;
import org.caspian.store.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.caspian.ingest.outlet.OutletResolver;
import org.caspian.store.dedup.EarlierArticles;
import org.caspian.store.dedup.NearDuplicateFinder;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caspian analyze FILE...}: one JSON object per article on stdout, no index needed. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse files (text with optional Title:/Source:/Published: header, or JSON "
        + "Lines) and print one JSON object per article. Folders are read recursively.")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files or folders; - reads one plain-text article from standard input.")
  List<Path> files;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse text files larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + FileIngestor.DEFAULT_MAX_BYTES)
  long maxBytes;

  @Option(names = "--text", description = "Include the article text in the output.")
  boolean withText;

  @Mixin OutletOptions outlets;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ErrorLog errors = new ErrorLog(spec.commandLine().getErr());
    ArticleJson json = new ArticleJson();
    Pipeline pipeline = Services.pipeline();
    FileIngestor ingestor = new FileIngestor(maxBytes);
    OutletResolver resolver = outlets.resolver(spec.commandLine().getErr());
    NearDuplicateFinder duplicates = new NearDuplicateFinder(EarlierArticles.NONE);
    Consumer<IngestResult> sink = (IngestResult r) -> {
      if (!r.succeeded()) {
        errors.failed(r.message());
        return;
      }
      try {
        var analyzed = pipeline.analyze(duplicates.mark(resolver.resolve(r.article())));
        out.println(withText ? json.toStoredLine(analyzed) : json.toLine(analyzed));
        out.flush();
      } catch (StageException e) {
        errors.failed(r.origin() + ": " + e.getMessage());
      }
    };
    for (Path f : files) {
      if (f.toString().equals("-")) {
        sink.accept(readStdin());
      } else {
        ingestor.read(f, sink);
      }
    }
    return Math.max(errors.exitCode(), outlets.exitCode());
  }

  private IngestResult readStdin() {
    try {
      byte[] bytes = System.in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        return IngestResult.failed("<stdin>", "input too large (limit " + maxBytes + " bytes)");
      }
      return new TextFileReader().parse("<stdin>", new TextDecoder().decode(bytes));
    } catch (IOException e) {
      return IngestResult.failed("<stdin>", "cannot read: " + e.getMessage());
    } catch (TextDecoder.NotTextException e) {
      return IngestResult.failed("<stdin>", e.getMessage());
    }
  }
}
