package org.caspian.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM safely: no external entities, no external DTD is fetched or read
 * (a {@code <!DOCTYPE ... SYSTEM "...">} is ignored), no XInclude, and the JDK's secure-processing
 * limits refuse entity-expansion bombs ("billion laughs"). Errors become a one-line {@link
 * SourceException} naming the line.
 */
final class SafeXml {
  private final DocumentBuilderFactory factory;

  SafeXml() {
    factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setValidating(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be made safe", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
  }

  /** Parses {@code bytes} (the encoding comes from the BOM or the XML declaration). */
  Document parse(byte[] bytes) throws SourceException {
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new Quiet());
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new SourceException("not well-formed XML at line " + e.getLineNumber() + ": "
          + e.getMessage(), e);
    } catch (SAXException e) {
      throw new SourceException("not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SourceException("cannot read XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fails on errors instead of printing them to stderr. */
  private static final class Quiet implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not stop parsing
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
