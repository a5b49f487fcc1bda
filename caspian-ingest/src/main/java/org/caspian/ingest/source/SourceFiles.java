package org.caspian.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caspian.ingest.IngestResult;

/**
 * Picks the source for a file and reads it: the hook {@code FileIngestor} calls for every format
 * beyond plain text and JSON Lines.
 *
 * <ul>
 *   <li>{@code .warc}, {@code .warc.gz}: WARC.
 *   <li>{@code .rss, .atom, .rdf, .xml}: a feed; a sitemap or an HTML page under such a name
 *       gets a one-line refusal ("not a feed").
 *   <li>{@code .html, .htm, .xhtml}: a web page, unless the content is a feed.
 *   <li>{@code result.json}, and {@code .json} files that look like one: a Telegram export.
 * </ul>
 */
public final class SourceFiles {
  private final FeedReader feeds;
  private final WebPageReader pages;
  private final WarcFileReader warcs;
  private final TelegramExportReader telegram = new TelegramExportReader();
  private final XmlSniffer sniffer = new XmlSniffer();

  public SourceFiles(long maxBytes) {
    feeds = new FeedReader(maxBytes);
    pages = new WebPageReader(maxBytes);
    warcs = new WarcFileReader(maxBytes);
  }

  /** True when a folder walk should read this file with one of these sources (by its name). */
  public static boolean readInFolder(Path file) {
    String n = name(file);
    return isWarc(n) || isFeedName(n) || isPageName(n) || n.equals("result.json");
  }

  /** True when this explicitly named file should be read with one of these sources. */
  public boolean handlesNamed(Path file) {
    String n = name(file);
    if (readInFolder(file)) {
      return true;
    }
    if (!n.endsWith(".json")) {
      return false;
    }
    try {
      String head = new String(SourceInput.ofFile(file).head(4096), StandardCharsets.UTF_8);
      return head.stripLeading().startsWith("{")
          && (head.contains("\"messages\"") || head.contains("\"chats\""));
    } catch (IOException | SourceException e) {
      return false;
    }
  }

  /** Reads the file; every article or failure goes to {@code sink}. */
  public void read(Path file, Consumer<IngestResult> sink) {
    read(file, sink, () -> false);
  }

  /**
   * Reads the file; every article or failure goes to {@code sink} until {@code stop} answers
   * true, after which the rest of the file's items are dropped (a re-run reads them again).
   */
  public void read(Path file, Consumer<IngestResult> sink, BooleanSupplier stop) {
    Consumer<IngestResult> until = r -> {
      if (!stop.getAsBoolean()) {
        sink.accept(r);
      }
    };
    String origin = file.toString();
    try {
      SourceInput input = SourceInput.ofFile(file);
      source(file, input).read(input, until);
    } catch (SourceException e) {
      sink.accept(IngestResult.failed(origin, e.getMessage()));
    } catch (IOException e) {
      sink.accept(IngestResult.failed(origin, "cannot read: "
          + SourceException.oneLine(e.getMessage())));
    }
  }

  private ArticleSource source(Path file, SourceInput input) throws SourceException {
    String n = name(file);
    if (isWarc(n)) {
      return warcs;
    }
    if (n.endsWith(".json")) {
      return telegram;
    }
    String first = sniffer.firstElement(input.head(64 * 1024));
    if (sniffer.isFeed(first) || sniffer.isSitemap(first)) {
      return feeds;
    }
    if (sniffer.isHtml(first)) {
      return isFeedName(n) ? feeds : pages;
    }
    return isPageName(n) ? pages : feeds;
  }

  private static String name(Path file) {
    Path f = file.getFileName();
    return f == null ? "" : f.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isWarc(String n) {
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  private static boolean isFeedName(String n) {
    return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".rdf") || n.endsWith(".xml");
  }

  private static boolean isPageName(String n) {
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }
}
