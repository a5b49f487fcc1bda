package org.caspian.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.export.ExportFormat;
import org.caspian.query.export.ExportService;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caspian export}: the coded events as CSV, JSON Lines, GDELT TSV, Parquet or GEXF. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export coded events: csv, jsonl, gdelt (the 61 GDELT 2.0 event columns, "
        + "tab-separated, then Caspian's), parquet (needs --out) or gexf (the actor network). "
        + "Only asserted events unless --all.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "csv, jsonl, gdelt, parquet or gexf.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--no-header", description = "gdelt: no line of column names (as GDELT's files).")
  boolean noHeader;

  @Mixin EventFilterOptions filterOptions;
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat f = UsageErrors.get(spec, () -> ExportFormat.parse(format));
    if (f.needsFile() && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format parquet writes a file: give --out FILE");
    }
    EventFilter filter = filterOptions.filter(spec);
    long n;
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(main.index())) {
      ExportService exports = new ExportService(new EventReader(store));
      if (f.needsFile()) {
        OutputFiles.checkWritable(out);
        n = exports.exportParquet(filter, out);
      } else if (out != null) {
        try (Writer o = OutputFiles.writer(out)) {
          n = exports.export(f, filter, o, !noHeader);
        }
      } else {
        n = exports.export(f, filter, spec.commandLine().getOut(), !noHeader);
      }
    }
    if (out != null) {
      spec.commandLine().getErr().printf("%d %s written to %s%n", n,
          f == ExportFormat.GEXF ? "edges" : "events", out);
    }
    return 0;
  }
}
