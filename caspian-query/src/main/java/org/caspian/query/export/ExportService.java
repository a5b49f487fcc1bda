package org.caspian.query.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.caspian.query.events.EventFilter;
import org.caspian.query.events.EventReader;
import org.caspian.query.network.GexfWriter;
import org.caspian.query.network.NetworkService;

/**
 * Exports the events an {@link EventFilter} selects, in any {@link ExportFormat}. Text formats go
 * to a stream (UTF-8); Parquet needs a file. Thread-safe.
 */
public final class ExportService {
  private final EventReader events;

  /** Reads events through {@code events}. */
  public ExportService(EventReader events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * Writes the selected events to {@code out} in a text format and returns how many rows (for
   * GEXF: edges) were written. {@code out} is flushed, not closed.
   *
   * @param header for GDELT only: whether to write the line of column names first
   * @throws IllegalArgumentException for Parquet, which needs {@link #exportParquet}
   */
  public long export(ExportFormat format, EventFilter filter, OutputStream out, boolean header)
      throws IOException {
    return export(format, filter, new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
  }

  /**
   * As {@link #export(ExportFormat, EventFilter, OutputStream, boolean)}, to a character stream
   * ({@code out} is flushed, not closed).
   */
  public long export(ExportFormat format, EventFilter filter, Writer out, boolean header)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Writer w = new BufferedWriter(out);
    long[] n = {0};
    switch (format) {
      case CSV -> {
        EventCsvWriter csv = new EventCsvWriter(w);
        events.scan(filter, e -> {
          csv.write(e);
          n[0]++;
        });
      }
      case JSONL -> {
        EventJsonlWriter jsonl = new EventJsonlWriter(w);
        events.scan(filter, e -> {
          jsonl.write(e);
          n[0]++;
        });
      }
      case GDELT -> {
        GdeltTallies tallies = new GdeltTallies();
        events.scan(filter, tallies::add);
        GdeltWriter gdelt = new GdeltWriter(w, tallies, header);
        events.scan(filter, e -> {
          gdelt.write(e);
          n[0]++;
        });
      }
      case GEXF -> {
        var net = new NetworkService(events).network(filter);
        GexfWriter.write(net, w);
        n[0] = net.edges().size();
      }
      default -> throw new IllegalArgumentException("parquet needs a file: give --out FILE");
    }
    w.flush();
    return n[0];
  }

  /** Writes the selected events to the Parquet file {@code file}; returns the row count. */
  public long exportParquet(EventFilter filter, Path file) throws IOException {
    long[] n = {0};
    try (ParquetEventWriter p = new ParquetEventWriter(file)) {
      events.scan(filter, e -> {
        p.write(e);
        n[0]++;
      });
    }
    return n[0];
  }
}
