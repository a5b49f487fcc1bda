package org.caspian.ingest.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.caspian.ingest.ArticleIds;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom feeds: one article per item. ROME maps the feed; the XML
 * is parsed first by {@link SafeXml}. Per item: the title; the text from the full content ({@code
 * content:encoded}, Atom content), else the description or summary, else the title; the link
 * (resolved against {@code xml:base} and the feed's address); the author ({@code author}, {@code
 * dc:creator}); the date as written ({@code pubDate}, {@code dc:date}, {@code published}, {@code
 * updated}, read leniently with its offset), else as ROME read it, else the fetch time marked as a
 * fallback. The outlet is the feed's title and the declared language the feed's.
 *
 * <p>An HTML page, a sitemap or another XML document is refused with a one-line reason.
 */
public final class FeedReader implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);

  private static final ItemFacts.Facts NO_FACTS = new ItemFacts.Facts("", "");

  private final long maxBytes;
  private final SafeXml xml = new SafeXml();
  private final XmlSniffer sniffer = new XmlSniffer();
  private final BlockText blockText = new BlockText();
  private final LenientDates dates = new LenientDates();
  private final ItemFacts itemFacts = new ItemFacts();
  private final ArticleIds ids = new ArticleIds();

  public FeedReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public String format() {
    return "feed";
  }

  @Override
  public void read(SourceInput input, Consumer<IngestResult> sink) throws SourceException {
    byte[] bytes = input.readAll(maxBytes);
    String first = sniffer.firstElement(bytes);
    if (sniffer.isHtml(first)) {
      throw new SourceException("not a feed: the document is an HTML page");
    }
    Document doc = xml.parse(bytes);
    Element root = doc.getDocumentElement();
    String local = (root.getLocalName() == null ? root.getTagName() : root.getLocalName())
        .toLowerCase(Locale.ROOT);
    if (local.equals("urlset") || local.equals("sitemapindex")) {
      int urls = doc.getElementsByTagNameNS("*", "loc").getLength();
      throw new SourceException("a sitemap of " + urls
          + " page URLs, not a feed: sitemaps list pages to fetch and hold no article text");
    }
    if (local.equals("html")) {
      throw new SourceException("not a feed: the document is an HTML page");
    }
    if (!sniffer.isFeed(local)) {
      throw new SourceException("not a feed: the root element is <" + root.getTagName()
          + ">, not <rss>, <rdf:RDF> or <feed>");
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(doc);
    } catch (FeedException | IllegalArgumentException e) {
      throw new SourceException("not a readable feed: " + e.getMessage(), e);
    }
    URI base = base(input, feed);
    List<ItemFacts.Facts> facts = itemFacts.of(root, base);
    List<SyndEntry> entries = feed.getEntries();
    LOG.debug("{}: {} feed with {} items", input.origin(), feed.getFeedType(), entries.size());
    for (int i = 0; i < entries.size(); i++) {
      String origin = input.origin() + ":item " + (i + 1);
      ItemFacts.Facts f = facts.size() == entries.size() ? facts.get(i) : NO_FACTS;
      sink.accept(item(origin, feed, entries.get(i), f, base, input));
    }
  }

  private static URI base(SourceInput input, SyndFeed feed) {
    if (input.location() != null) {
      return input.location();
    }
    return Urls.uri(feed.getLink());
  }

  private IngestResult item(String origin, SyndFeed feed, SyndEntry e, ItemFacts.Facts facts,
      URI base, SourceInput input) {
    ArticleDraft d = new ArticleDraft();
    d.title(blockText.ofFragment(e.getTitle()), Provenance.FEED);
    d.url(facts.link(), Provenance.FEED);
    d.url(Urls.resolve(base, link(e)), Provenance.FEED);
    d.author(author(e), Provenance.FEED);
    d.source(feed.getTitle(), Provenance.FEED);
    d.language(feed.getLanguage(), Provenance.FEED);
    dates.parse(facts.rawDate()).ifPresent(s -> d.published(s, Provenance.FEED));
    Date romeDate = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    if (romeDate != null) {
      d.published(DateStamp.of(OffsetDateTime.ofInstant(romeDate.toInstant(), ZoneOffset.UTC)),
          Provenance.FEED);
    }
    if (!d.hasPublished()) {
      d.fallbackDate(input.fetchedAt());
    }
    String text = body(e);
    if (text.isEmpty()) {
      text = blockText.ofFragment(e.getTitle());
    }
    if (text.isEmpty()) {
      return IngestResult.failed(origin, "item has no title and no text");
    }
    return IngestResult.ok(origin, d.build(text, ids));
  }

  private static String link(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return e.getLink();
    }
    String uri = e.getUri();
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : "";
  }

  private static String author(SyndEntry e) {
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      return e.getAuthor();
    }
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        return p.getName();
      }
    }
    return "";
  }

  private String body(SyndEntry e) {
    for (SyndContent c : e.getContents()) {
      String t = blockText.ofFragment(c.getValue());
      if (!t.isEmpty()) {
        return t;
      }
    }
    return e.getDescription() == null ? "" : blockText.ofFragment(e.getDescription().getValue());
  }
}
