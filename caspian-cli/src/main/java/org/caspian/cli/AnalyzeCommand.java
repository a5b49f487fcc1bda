package org.caspian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.StageException;
import org.caspian.ingest.FileIngestor;
import org.caspian.ingest.IngestResult;
import org.caspian.store.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caspian analyze FILE...}: one JSON object per article on stdout, no index needed. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse files (text with optional Title:/Source:/Published: header, or JSON "
        + "Lines) and print one JSON object per article. Folders are read recursively.")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders.")
  List<Path> files;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse text files larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + FileIngestor.DEFAULT_MAX_BYTES)
  long maxBytes;

  @Option(names = "--text", description = "Include the article text in the output.")
  boolean withText;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ErrorLog errors = new ErrorLog(spec.commandLine().getErr());
    ArticleJson json = new ArticleJson();
    Pipeline pipeline = Services.pipeline();
    new FileIngestor(maxBytes).read(files, (IngestResult r) -> {
      if (!r.succeeded()) {
        errors.failed(r.message());
        return;
      }
      try {
        var analyzed = pipeline.analyze(r.article());
        out.println(withText ? json.toStoredLine(analyzed) : json.toLine(analyzed));
        out.flush();
      } catch (StageException e) {
        errors.failed(r.origin() + ": " + e.getMessage());
      }
    });
    return errors.exitCode();
  }
}
