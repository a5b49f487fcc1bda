package org.caspian.query.network;

import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ActorNetwork} as GEXF 1.3 (Gephi): a directed static graph; nodes carry the
 * actor's country and event count as attributes; edges carry the weight (number of events), the
 * quad class as attribute and {@code kind} (so the four classes between one pair stay parallel
 * edges), the mean Goldstein weight, and the quad class's colour through the viz namespace.
 */
public final class GexfWriter {
  static final String NS = "http://gexf.net/1.3";
  static final String VIZ = "http://gexf.net/1.3/viz";

  private GexfWriter() {}

  /** Writes the whole document to {@code out} (UTF-8 declared; the writer must encode UTF-8). */
  public static void write(ActorNetwork net, Writer out) throws java.io.IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.setDefaultNamespace(NS);
      x.setPrefix("viz", VIZ);
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("viz", VIZ);
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      x.writeStartElement("creator");
      x.writeCharacters("Caspian");
      x.writeEndElement();
      x.writeStartElement("description");
      x.writeCharacters("Actors and coded events" + describe(net));
      x.writeEndElement();
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "directed");
      x.writeAttribute("mode", "static");
      attributes(x, "node", new String[][] {{"0", "country", "string"}, {"1", "events", "integer"}});
      attributes(x, "edge", new String[][] {{"0", "quad", "integer"},
          {"1", "quadName", "string"}, {"2", "goldsteinMean", "double"}});
      x.writeStartElement("nodes");
      for (NetworkNode n : net.nodes()) {
        x.writeStartElement("node");
        x.writeAttribute("id", n.id());
        x.writeAttribute("label", n.label());
        values(x, new String[] {n.country(), Integer.toString(n.events())});
        x.writeEmptyElement(VIZ, "size");
        x.writeAttribute("value", Integer.toString(4 + Math.min(n.events(), 40)));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      for (NetworkEdge e : net.edges()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", e.id());
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        x.writeAttribute("kind", "quad" + e.quad());
        x.writeAttribute("weight", Integer.toString(e.events()));
        values(x, new String[] {Integer.toString(e.quad()), QuadPalette.name(e.quad()),
            String.format(Locale.ROOT, "%.3f", e.goldsteinMean())});
        int[] c = QuadPalette.rgb(e.quad());
        x.writeEmptyElement(VIZ, "color");
        x.writeAttribute("r", Integer.toString(c[0]));
        x.writeAttribute("g", Integer.toString(c[1]));
        x.writeAttribute("b", Integer.toString(c[2]));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new java.io.IOException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  private static String describe(ActorNetwork net) {
    StringBuilder sb = new StringBuilder();
    var f = net.filter();
    if (f.dyadA() != null) {
      sb.append(", dyad ").append(f.dyadA()).append('-').append(f.dyadB());
    }
    if (f.actor() != null) {
      sb.append(", actor ").append(f.actor());
    }
    if (f.from() != null) {
      sb.append(", from ").append(f.from());
    }
    if (f.to() != null) {
      sb.append(", to ").append(f.to());
    }
    return sb.toString();
  }

  private static void attributes(XMLStreamWriter x, String cls, String[][] defs)
      throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", cls);
    for (String[] d : defs) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", d[0]);
      x.writeAttribute("title", d[1]);
      x.writeAttribute("type", d[2]);
    }
    x.writeEndElement();
  }

  private static void values(XMLStreamWriter x, String[] values) throws XMLStreamException {
    x.writeStartElement("attvalues");
    for (int i = 0; i < values.length; i++) {
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", Integer.toString(i));
      x.writeAttribute("value", values[i]);
    }
    x.writeEndElement();
  }
}
