package org.caspian.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes dyad series as CSV. The format is a public contract: the header is exactly {@value
 * #HEADER}, lines end with {@code \n}, decimals use a dot and three places whatever the default
 * locale, and fields are quoted RFC 4180 style when they hold a comma, quote or line break.
 */
public final class DyadCsv {
  /** The header line, without its line break. */
  public static final String HEADER =
      "period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean";

  private DyadCsv() {}

  /** Writes the header and one line per row to {@code out}. */
  public static void write(List<DyadRow> rows, Appendable out) throws IOException {
    out.append(HEADER).append('\n');
    for (DyadRow r : rows) {
      out.append(line(r)).append('\n');
    }
  }

  /** The whole CSV document as a string. */
  public static String toCsv(List<DyadRow> rows) {
    StringBuilder sb = new StringBuilder();
    try {
      write(rows, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // StringBuilder does not throw
    }
    return sb.toString();
  }

  /** One data line, without its line break. */
  public static String line(DyadRow r) {
    return escape(r.period()) + ',' + r.events() + ',' + r.quad1() + ',' + r.quad2() + ','
        + r.quad3() + ',' + r.quad4() + ',' + decimal(r.goldsteinSum()) + ','
        + decimal(r.goldsteinMean());
  }

  /** Quotes a field if it holds a comma, a double quote or a line break. */
  public static String escape(String field) {
    if (field == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** Fixed three decimal places with a dot; never "-0.000". */
  static String decimal(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.equals("-0.000") ? "0.000" : s;
  }
}
