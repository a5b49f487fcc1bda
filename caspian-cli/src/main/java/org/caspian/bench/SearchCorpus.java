package org.caspian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caspian.model.ActorRef;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.model.Span;

/**
 * Analysed articles for the search benchmark, made without the pipeline: the text of {@link
 * CorpusGenerator} cut to its first sentences, outlets from a fixed list, and two to four events
 * per article between random countries, so facets, filters and events searches have data.
 */
public final class SearchCorpus {
  private static final String[] OUTLETS = {"TASS", "RIA Novosti", "Interfax", "APA", "Trend",
      "AzerTac", "Report.az", "Armenpress", "news.am", "CivilNet", "Azatutyun", "Anadolu",
      "IRNA", "Civil.ge", "Caspian Wire"};
  private static final String[] COUNTRIES = {"RUS", "AZE", "ARM", "TUR", "IRN", "GEO", "USA",
      "FRA", "UKR", "KAZ"};
  private static final String[] ROLES = {"GOV", "MIL", "", "LEG", "BUS"};
  private static final String[][] CODES = {{"036", "1"}, {"040", "1"}, {"057", "2"},
      {"073", "2"}, {"111", "3"}, {"112", "3"}, {"130", "3"}, {"173", "4"}, {"190", "4"},
      {"046", "1"}};
  private static final int SENTENCES = 6;
  private static final int BATCH = 1000;

  private final CorpusGenerator text = CorpusGenerator.create();

  /** Articles {@code from} to {@code from + count - 1} of the corpus of {@code seed}. */
  public List<AnalyzedArticle> batch(int from, int count, long seed) {
    List<Article> raw = new ArrayList<>();
    for (int b = from / BATCH * BATCH; b < from + count; b += BATCH) {
      List<Article> block = text.generate(BATCH, seed + b);
      for (int i = 0; i < BATCH; i++) {
        int n = b + i;
        if (n >= from && n < from + count) {
          raw.add(block.get(i));
        }
      }
    }
    List<AnalyzedArticle> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(analysed(raw.get(i), from + i, new Random(seed * 31 + from + i)));
    }
    return out;
  }

  private static AnalyzedArticle analysed(Article a, int n, Random rnd) {
    String body = cut(a.text());
    Article art = new Article("search-bench-" + n, a.title(), OUTLETS[rnd.nextInt(OUTLETS.length)],
        "", a.published().minusDays(rnd.nextInt(365)), body);
    List<Event> events = new ArrayList<>();
    int end = body.indexOf('.') < 0 ? body.length() : body.indexOf('.') + 1;
    for (int e = 2 + rnd.nextInt(3); e > 0; e--) {
      String src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      String tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
      String[] code = CODES[rnd.nextInt(CODES.length)];
      events.add(new Event(null, new ActorRef(src + ROLES[rnd.nextInt(ROLES.length)], src, src),
          new ActorRef(tgt + ROLES[rnd.nextInt(ROLES.length)], tgt, tgt), code[0], "",
          rnd.nextInt(21) - 10, Integer.parseInt(code[1]), Modality.ASSERTED, "", new Span(0, end),
          body.substring(0, end), "", 1.0));
    }
    return AnalyzedArticle.of(art).withLanguage("en").withEvents(events);
  }

  /** The first {@value #SENTENCES} sentences. */
  private static String cut(String text) {
    int at = 0;
    for (int s = 0; s < SENTENCES && at >= 0; s++) {
      at = text.indexOf(". ", at + 1);
    }
    return at < 0 ? text : text.substring(0, at + 1);
  }
}
