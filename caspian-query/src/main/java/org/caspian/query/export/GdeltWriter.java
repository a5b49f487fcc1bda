package org.caspian.query.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caspian.query.events.EventRecord;

/**
 * Events in the GDELT 2.0 event table layout: the 61 GDELT columns in GDELT's order, tab-separated,
 * then Caspian's own columns ({@link #EXTRA}). Filled where Caspian has the data:
 *
 * <ul>
 *   <li>GLOBALEVENTID: a stable positive number from the article id and the event's ordinal;
 *   <li>SQLDATE, MonthYear, Year, FractionDate: the event's date (FractionDate as GDELT defines it,
 *       year + (month × 30 + day) / 365);
 *   <li>ActorNCode, ActorNName (the text naming the actor, upper-cased), ActorNCountryCode,
 *       ActorNType1Code/Type2Code (the three-letter role codes after the country, "GOV", "MIL");
 *   <li>IsRootEvent: 1 when the sentence starts in the article's first paragraph;
 *   <li>EventCode, EventBaseCode (first three digits), EventRootCode, QuadClass, GoldsteinScale;
 *   <li>NumMentions, NumSources, NumArticles, AvgTone: over the exported records that share date,
 *       both actor codes and CAMEO code (see {@link GdeltTallies});
 *   <li>DATEADDED: the article's publication day at 000000 (the index keeps no ingest time), else
 *       the event day;
 *   <li>SOURCEURL: the article's address.
 * </ul>
 *
 * <p>Left empty: known group, ethnic and religion codes, Type3, and all geography. Tabs and line
 * breaks inside values become spaces. With a header, the first line names the columns.
 */
public final class GdeltWriter {
  /** The GDELT 2.0 event columns, in order. */
  public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear",
      "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
      "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
      "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name",
      "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
      "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
      "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
      "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
      "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  /** Caspian's columns after GDELT's. */
  public static final List<String> EXTRA = List.of("CaspianArticleId", "CaspianOrdinal",
      "CaspianDateStated", "CaspianSourceText", "CaspianTargetText", "CaspianPlover",
      "CaspianModality", "CaspianAttribution", "CaspianTrigger", "CaspianSentence",
      "CaspianStart", "CaspianEnd", "CaspianOutlet", "CaspianTitle", "CaspianLanguage");

  private final Writer out;
  private final GdeltTallies tallies;

  GdeltWriter(Writer out, GdeltTallies tallies, boolean header) throws IOException {
    this.out = out;
    this.tallies = tallies;
    if (header) {
      out.write(String.join("\t", GDELT_COLUMNS) + "\t" + String.join("\t", EXTRA) + "\n");
    }
  }

  /** Writes one event line. */
  void write(EventRecord e) throws IOException {
    GdeltTallies.Tally t = tallies.of(e);
    LocalDate d = e.date();
    String[] f = new String[GDELT_COLUMNS.size() + EXTRA.size()];
    java.util.Arrays.fill(f, "");
    f[0] = Long.toString(globalId(e));
    if (d != null) {
      f[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
          d.getDayOfMonth());
      f[2] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
      f[3] = Integer.toString(d.getYear());
      f[4] = String.format(Locale.ROOT, "%.4f",
          d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0);
    }
    actor(f, 5, e.sourceCode(), e.sourceText(), e.sourceCountry());
    actor(f, 15, e.targetCode(), e.targetText(), e.targetCountry());
    f[25] = e.lead() ? "1" : "0";
    f[26] = e.cameo();
    f[27] = e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo();
    f[28] = e.root();
    f[29] = Integer.toString(e.quad());
    f[30] = number(e.goldstein(), 1);
    f[31] = Integer.toString(t.mentions());
    f[32] = Integer.toString(t.sources());
    f[33] = Integer.toString(t.articles());
    f[34] = number(t.avgTone(), 6);
    LocalDate added = e.published() != null ? e.published() : d;
    if (added != null) {
      f[59] = String.format(Locale.ROOT, "%04d%02d%02d000000", added.getYear(),
          added.getMonthValue(), added.getDayOfMonth());
    }
    f[60] = e.url();
    int x = GDELT_COLUMNS.size();
    f[x] = e.articleId();
    f[x + 1] = Integer.toString(e.ordinal());
    f[x + 2] = Boolean.toString(e.dateStated());
    f[x + 3] = e.sourceText();
    f[x + 4] = e.targetText();
    f[x + 5] = e.plover();
    f[x + 6] = e.modality();
    f[x + 7] = e.attribution();
    f[x + 8] = e.trigger();
    f[x + 9] = e.sentence();
    f[x + 10] = Integer.toString(e.start());
    f[x + 11] = Integer.toString(e.end());
    f[x + 12] = e.outlet();
    f[x + 13] = e.title();
    f[x + 14] = e.language();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length; i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(clean(f[i]));
    }
    out.write(sb.append('\n').toString());
  }

  /** Code, name, country and role types of one actor, from column {@code at} on. */
  private static void actor(String[] f, int at, String code, String text, String country) {
    f[at] = code;
    f[at + 1] = text.toUpperCase(Locale.ROOT);
    f[at + 2] = country;
    if (!country.isEmpty() && code.startsWith(country)) {
      String roles = code.substring(country.length());
      if (roles.length() >= 3) {
        f[at + 7] = roles.substring(0, 3);
      }
      if (roles.length() >= 6) {
        f[at + 8] = roles.substring(3, 6);
      }
    }
  }

  /** A stable positive id: the first 62 bits of SHA-256 of "articleId#ordinal". */
  static long globalId(EventRecord e) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(e.key().getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v >>> 2;
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
    }
  }

  private static String number(double v, int places) {
    String s = String.format(Locale.ROOT, "%." + places + "f", v);
    return s.matches("-0\\.0*") ? s.substring(1) : s;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
