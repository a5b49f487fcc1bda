package org.caspian.query.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.caspian.query.DyadCsv;
import org.caspian.query.events.EventRecord;

/**
 * Events as CSV, one line per event under the header {@value #HEADER}; RFC 4180 quoting, {@code \n}
 * line ends, dates ISO, decimals with a dot whatever the locale.
 */
public final class EventCsvWriter {
  /** The header line, without its line break. */
  public static final String HEADER = "article_id,ordinal,date,date_stated,source_code,"
      + "source_country,source_text,target_code,target_country,target_text,cameo,root,plover,quad,"
      + "goldstein,modality,attribution,trigger,sentence,start,end,outlet,title,published,url,"
      + "language,tone";

  private final Writer out;

  /** Writes to {@code out}, starting with the header. */
  public EventCsvWriter(Writer out) throws IOException {
    this.out = out;
    out.write(HEADER);
    out.write('\n');
  }

  /** Writes one event line. */
  public void write(EventRecord e) throws IOException {
    Object[] f = {e.articleId(), e.ordinal(), e.date(), e.dateStated(), e.sourceCode(),
        e.sourceCountry(), e.sourceText(), e.targetCode(), e.targetCountry(), e.targetText(),
        e.cameo(), e.root(), e.plover(), e.quad(), decimal(e.goldstein()), e.modality(),
        e.attribution(), e.trigger(), e.sentence(), e.start(), e.end(), e.outlet(), e.title(),
        e.published(), e.url(), e.language(), decimal(e.tone())};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(DyadCsv.escape(f[i] == null ? "" : f[i].toString()));
    }
    out.write(sb.append('\n').toString());
  }

  static String decimal(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.equals("-0.000") ? "0.000" : s;
  }
}
