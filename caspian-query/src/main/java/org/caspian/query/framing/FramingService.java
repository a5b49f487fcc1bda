package org.caspian.query.framing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.caspian.model.Span;

/**
 * Compares the wording of two outlets, two sides, or two given sets of articles, by weighted
 * log-odds with an informative Dirichlet prior ({@link LogOdds}); the prior is the two groups'
 * pooled counts times {@code priorScale}. Each distinguishing term comes with up to {@value
 * #OCCURRENCES} sentences where it occurs. Thread-safe.
 */
public final class FramingService {
  /** Most sentences kept per term and side. */
  public static final int OCCURRENCES = 5;

  private final ArticleCorpus corpus;
  private final TermCounter counter;
  private final double priorScale;

  /** Compares articles read from {@code corpus}, with prior scale 1. */
  public FramingService(ArticleCorpus corpus) {
    this(corpus, TermCounter.standard(), 1.0);
  }

  /** Compares with the given word splitter and prior scale. */
  public FramingService(ArticleCorpus corpus, TermCounter counter, double priorScale) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.counter = Objects.requireNonNull(counter, "counter");
    if (priorScale <= 0) {
      throw new IllegalArgumentException("prior scale must be positive: " + priorScale);
    }
    this.priorScale = priorScale;
  }

  /** Outlet {@code a} against outlet {@code b} (names matched ignoring case). */
  public FramingComparison compareOutlets(String a, String b, LocalDate from, LocalDate to,
      int limit) throws IOException {
    String la = require(a, "first outlet");
    String lb = require(b, "second outlet");
    return compare("outlet " + a.trim(), x -> x.outlet().equalsIgnoreCase(la),
        "outlet " + b.trim(), x -> x.outlet().equalsIgnoreCase(lb),
        corpus.published(from, to), limit);
  }

  /** The outlets of side {@code a} (ISO alpha-3, see {@link OutletSides}) against side {@code b}. */
  public FramingComparison compareSides(String a, String b, LocalDate from, LocalDate to,
      int limit) throws IOException {
    String sa = require(a, "first side").toUpperCase(Locale.ROOT);
    String sb = require(b, "second side").toUpperCase(Locale.ROOT);
    return compare("side " + sa, x -> x.side().equals(sa), "side " + sb,
        x -> x.side().equals(sb), corpus.published(from, to), limit);
  }

  /** Two groups chosen among {@code articles} by predicates. */
  public FramingComparison compare(String labelA, Predicate<CorpusArticle> inA, String labelB,
      Predicate<CorpusArticle> inB, List<CorpusArticle> articles, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Group a = new Group();
    Group b = new Group();
    for (CorpusArticle x : articles) {
      if (inA.test(x)) {
        a.add(x, counter);
      } else if (inB.test(x)) {
        b.add(x, counter);
      }
    }
    Map<String, Integer> pooled = new HashMap<>(a.counts);
    b.counts.forEach((w, c) -> pooled.merge(w, c, Integer::sum));
    List<LogOdds.Score> scores = LogOdds.score(a.counts, b.counts, pooled, priorScale);
    List<TermScore> leanA = new ArrayList<>();
    List<TermScore> leanB = new ArrayList<>();
    scores.stream().filter(s -> s.z() > 0)
        .sorted(Comparator.comparingDouble(LogOdds.Score::z).reversed()
            .thenComparing(LogOdds.Score::term))
        .limit(limit).forEach(s -> leanA.add(term(s, a)));
    scores.stream().filter(s -> s.z() < 0)
        .sorted(Comparator.comparingDouble(LogOdds.Score::z).thenComparing(LogOdds.Score::term))
        .limit(limit).forEach(s -> leanB.add(term(s, b)));
    return new FramingComparison(labelA, labelB, a.articles, b.articles, a.words, b.words, leanA,
        leanB);
  }

  private static TermScore term(LogOdds.Score s, Group side) {
    return new TermScore(s.term(), s.countA(), s.countB(), s.delta(), s.z(),
        side.occurrences.getOrDefault(s.term(), List.of()));
  }

  private static String require(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("the " + what + " is missing");
    }
    return s.trim();
  }

  /** Word counts and example sentences of one group. */
  private static final class Group {
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, List<TermOccurrence>> occurrences = new HashMap<>();
    int articles;
    long words;

    void add(CorpusArticle x, TermCounter counter) {
      articles++;
      for (Span s : x.sentences()) {
        String sentence = x.text().substring(s.start(), s.end());
        String lastTerm = null;
        for (String w : counter.terms(sentence)) {
          counts.merge(w, 1, Integer::sum);
          words++;
          List<TermOccurrence> occ = occurrences.computeIfAbsent(w, k -> new ArrayList<>(2));
          TermOccurrence last = occ.isEmpty() ? null : occ.get(occ.size() - 1);
          boolean same = last != null && last.articleId().equals(x.id())
              && last.start() == s.start();
          if (occ.size() < OCCURRENCES && !same && !w.equals(lastTerm)) {
            occ.add(new TermOccurrence(x.id(), x.outlet(), x.published(), s.start(), s.end(),
                sentence.strip()));
          }
          lastTerm = w;
        }
      }
    }
  }
}
