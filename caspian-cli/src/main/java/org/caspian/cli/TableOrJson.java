package org.caspian.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --format table|json} option of the listing commands (a picocli mixin). */
final class TableOrJson {
  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Rejects {@code csv}, which these commands do not write. */
  void rejectCsv(CommandSpec spec) {
    if (format == OutputFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format must be table or json, not: csv");
    }
  }

  /** Prints {@code value} as one line of JSON, or as the table {@code table} draws. */
  <T> void print(T value, PrintWriter out, BiConsumer<T, PrintWriter> table) {
    if (format == OutputFormat.JSON) {
      out.println(new Json().write(value));
    } else {
      table.accept(value, out);
    }
  }
}
