package org.caspian.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.caspian.ingest.ArticleIds;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Provenance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page (HTML) as one article: the main text found by {@link MainText}; title, author, date,
 * canonical URL, language and outlet from the page's metadata ({@link PageMetadata}); a date still
 * missing is looked for in the byline and the first paragraphs (provenance "text"), else the fetch
 * time stands in, marked as a fallback. The charset comes from the byte-order mark or the page's
 * {@code <meta charset>}, else UTF-8.
 */
public final class WebPageReader implements ArticleSource {
  private static final String BYLINE = "[class*=date], [class*=time], [class*=byline], "
      + "[class*=meta], [class*=posted], [class*=published], [id*=date]";

  private final long maxBytes;
  private final PageMetadata metadata = new PageMetadata();
  private final MainText mainText = new MainText();
  private final LenientDates dates = new LenientDates();
  private final ArticleIds ids = new ArticleIds();

  public WebPageReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public String format() {
    return "web page";
  }

  @Override
  public void read(SourceInput input, Consumer<IngestResult> sink) throws SourceException {
    sink.accept(page(input, input.readAll(maxBytes)));
  }

  /** The article in an HTML page's bytes, or a failure naming why there is none. */
  IngestResult page(SourceInput input, byte[] bytes) {
    URI location = input.location();
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null,
          location == null ? "" : location.toString());
    } catch (IOException | IllegalArgumentException e) {
      return IngestResult.failed(input.origin(), "cannot read HTML: "
          + SourceException.oneLine(e.getMessage()));
    }
    ArticleDraft d = new ArticleDraft();
    metadata.fill(doc, location, d);
    if (location != null) {
      d.url(location.toString(), Provenance.FEED);
    } else {
      d.url(d.canonicalUrl(), Provenance.PAGE_META);
    }
    List<String> paragraphs = mainText.paragraphs(doc);
    if (paragraphs.isEmpty()) {
      return IngestResult.failed(input.origin(), "no main text found in the page");
    }
    if (!d.hasPublished()) {
      for (Element e : doc.select(BYLINE)) {
        if (e.text().length() < 200) {
          dates.find(e.text()).ifPresent(
              day -> d.published(DateStamp.of(day), Provenance.TEXT));
        }
      }
      String start = String.join("\n", paragraphs.subList(0, Math.min(2, paragraphs.size())));
      dates.find(start).ifPresent(day -> d.published(DateStamp.of(day), Provenance.TEXT));
    }
    if (!d.hasPublished()) {
      d.fallbackDate(input.fetchedAt());
    }
    return IngestResult.ok(input.origin(), d.build(String.join("\n\n", paragraphs), ids));
  }
}
