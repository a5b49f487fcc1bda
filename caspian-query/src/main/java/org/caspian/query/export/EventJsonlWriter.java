package org.caspian.query.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import org.caspian.query.events.EventRecord;

/**
 * Events as JSON Lines: one object per line with the fields of {@link EventRecord} (dates as ISO
 * strings), the form a JSON API returns for an event too.
 */
public final class EventJsonlWriter {
  private final Writer out;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Writes to {@code out}. */
  public EventJsonlWriter(Writer out) {
    this.out = out;
  }

  /** Writes one event as one line. */
  public void write(EventRecord e) throws IOException {
    out.write(mapper.writeValueAsString(e));
    out.write('\n');
  }
}
