package org.caspian.query.alert;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes alert hits as an Atom 1.0 feed (RFC 4287): one entry per hit, its id a tag URI made of
 * the alert and the key, its link the article's address when there is one, its updated time the
 * check that found it.
 */
public final class AtomFeedWriter {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeedWriter() {}

  /** Writes the feed to {@code out}; {@code updated} is the feed's own time. */
  public static void write(List<AlertHit> hits, String title, Instant updated, Writer out)
      throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.setDefaultNamespace(ATOM);
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", "tag:caspian,2026:alerts");
      element(x, "title", title);
      element(x, "updated", updated.toString());
      x.writeStartElement("author");
      element(x, "name", "Caspian");
      x.writeEndElement();
      for (AlertHit h : hits) {
        x.writeStartElement("entry");
        element(x, "id", "tag:caspian,2026:alert/" + h.alertId() + "/"
            + h.key().replace(' ', '/'));
        element(x, "title", h.title().isEmpty() ? h.key() : h.title());
        element(x, "updated", h.found());
        if (!h.url().isEmpty()) {
          x.writeEmptyElement("link");
          x.writeAttribute("rel", "alternate");
          x.writeAttribute("href", h.url());
        }
        x.writeEmptyElement("category");
        x.writeAttribute("term", h.alertId());
        x.writeAttribute("label", h.alertName());
        element(x, "summary", h.alertName() + (h.outlet().isEmpty() ? "" : " — " + h.outlet())
            + (h.published() == null ? "" : ", " + h.published()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the Atom feed: " + e.getMessage(), e);
    }
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }
}
