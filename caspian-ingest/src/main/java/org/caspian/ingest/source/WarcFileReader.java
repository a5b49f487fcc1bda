package org.caspian.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.caspian.ingest.IngestResult;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WARC files ({@code .warc}, {@code .warc.gz}; jwarc): each {@code response} record holding an
 * HTTP 200 HTML page becomes an article through {@link WebPageReader}, with the record's target
 * URI as its address and the capture date as the fetch time. Other records (requests, metadata,
 * images, redirects, errors) are skipped. A page body larger than the byte limit is refused
 * without being read whole (content encodings such as gzip are decoded, within the same limit).
 */
public final class WarcFileReader implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);

  private final long maxBytes;
  private final WebPageReader pages;

  public WarcFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
    this.pages = new WebPageReader(maxBytes);
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public void read(SourceInput input, Consumer<IngestResult> sink) throws SourceException {
    int records = 0;
    int pagesRead = 0;
    try (InputStream in = input.opener().open(); WarcReader reader = new WarcReader(in)) {
      reader.onWarning(w -> LOG.debug("{}: {}", input.origin(), w));
      for (WarcRecord record = next(reader, records); record != null;
          record = next(reader, records)) {
        records++;
        if (record instanceof WarcResponse response) {
          IngestResult r = response(input, records, response);
          if (r != null) {
            pagesRead++;
            sink.accept(r);
          }
        }
      }
    } catch (IOException e) {
      throw new SourceException("not a readable WARC file: " + e.getMessage(), e);
    }
    LOG.info("{}: {} WARC records, {} HTML pages", input.origin(), records, pagesRead);
  }

  private static WarcRecord next(WarcReader reader, int records) throws SourceException {
    try {
      return reader.next().orElse(null);
    } catch (IOException | RuntimeException e) {
      throw new SourceException("WARC record " + (records + 1) + " is malformed: "
          + e.getMessage(), e);
    }
  }

  /** The article in a response record, a failure, or {@code null} when it is not an HTML page. */
  private IngestResult response(SourceInput input, int n, WarcResponse response) {
    String origin = input.origin() + ":record " + n;
    try {
      String target = response.target();
      origin = origin + " " + target;
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return null;
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (body.length > maxBytes) {
        return IngestResult.failed(origin, String.format(Locale.ROOT,
            "page too large: more than %,d bytes (raise it with --max-bytes)", maxBytes));
      }
      URI uri = Urls.uri(target);
      Instant captured = response.date();
      return pages.page(new SourceInput(origin, uri, captured, () -> InputStream.nullInputStream()),
          body);
    } catch (IOException | RuntimeException e) {
      return IngestResult.failed(origin, "cannot read the HTTP response: "
          + SourceException.oneLine(e.getMessage()));
    }
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String t = type.base().toString().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }
}
