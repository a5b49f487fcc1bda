package org.caspian.ingest.source;

/** An input that cannot be read as a whole, with a one-line reason (no file name: callers add it). */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;

  public SourceException(String reason) {
    super(oneLine(reason));
  }

  public SourceException(String reason, Throwable cause) {
    super(oneLine(reason), cause);
  }

  static String oneLine(String s) {
    if (s == null || s.isBlank()) {
      return "unreadable";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }
}
