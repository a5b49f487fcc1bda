package org.caspian.ingest.source;

import java.net.URI;
import java.util.Optional;
import org.caspian.model.Provenance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page's metadata into a draft, most trusted first: JSON-LD, then OpenGraph and other
 * meta tags, then the markup ({@code <link rel=canonical>}, {@code <html lang>}, {@code <time>},
 * {@code <h1>}, {@code <title>}).
 */
final class PageMetadata {
  private final JsonLdArticle jsonLd = new JsonLdArticle();
  private final LenientDates dates = new LenientDates();

  void fill(Document doc, URI location, ArticleDraft d) {
    Optional<JsonLdArticle.Facts> ld = jsonLd.read(doc);
    ld.ifPresent(f -> {
      d.title(f.headline(), Provenance.PAGE_META);
      dates.parse(f.datePublished()).ifPresent(s -> d.published(s, Provenance.PAGE_META));
      d.author(f.author(), Provenance.PAGE_META);
      d.language(f.language(), Provenance.PAGE_META);
      d.canonicalUrl(Urls.resolve(location, f.url()), Provenance.PAGE_META);
      d.source(f.publisher(), Provenance.PAGE_META);
    });
    d.title(meta(doc, "og:title"), Provenance.PAGE_META);
    d.title(meta(doc, "twitter:title"), Provenance.PAGE_META);
    for (String name : new String[] {"article:published_time", "og:published_time",
        "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"}) {
      dates.parse(meta(doc, name)).ifPresent(s -> d.published(s, Provenance.PAGE_META));
    }
    d.author(meta(doc, "author"), Provenance.PAGE_META);
    d.author(meta(doc, "article:author"), Provenance.PAGE_META);
    d.author(meta(doc, "dc.creator"), Provenance.PAGE_META);
    d.canonicalUrl(Urls.resolve(location, doc.select("link[rel=canonical]").attr("href")),
        Provenance.PAGE_META);
    d.canonicalUrl(Urls.resolve(location, meta(doc, "og:url")), Provenance.PAGE_META);
    d.language(doc.select("html").attr("lang"), Provenance.PAGE_META);
    d.language(doc.select("meta[http-equiv~=(?i)content-language]").attr("content"),
        Provenance.PAGE_META);
    d.language(meta(doc, "og:locale"), Provenance.PAGE_META);
    d.source(meta(doc, "og:site_name"), Provenance.PAGE_META);
    for (Element time : doc.select("article time[datetime], time[pubdate], time[datetime]")) {
      dates.parse(time.attr("datetime")).ifPresent(s -> d.published(s, Provenance.PAGE_META));
    }
    for (Element a : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], "
        + "a[rel=author], .byline .author, .author-name")) {
      d.author(a.text(), Provenance.PAGE_META);
    }
    Element h1 = doc.selectFirst("h1");
    d.title(h1 == null ? "" : h1.text(), Provenance.PAGE_META);
    d.title(doc.title(), Provenance.PAGE_META);
  }

  /** The content of {@code <meta property=name>} or {@code <meta name=name>} (any case). */
  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      if (m.attr("property").equalsIgnoreCase(name) || m.attr("name").equalsIgnoreCase(name)
          || m.attr("itemprop").equalsIgnoreCase(name)) {
        return m.attr("content");
      }
    }
    return "";
  }
}
