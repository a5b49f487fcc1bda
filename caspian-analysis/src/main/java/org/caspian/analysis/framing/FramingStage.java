package org.caspian.analysis.framing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lexicon.PhraseScanner;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.FrameMarker;
import org.caspian.model.Layer;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.caspian.model.Tokens;

/**
 * Marks framing vocabulary: each occurrence of a frame-lexicon term becomes a {@link FrameMarker}
 * with the canonical term, the side whose vocabulary it is and the frame concept that pairs it
 * with the other sides' words (see {@code frames.tsv} for the sides and the judgement calls).
 * Matching is case-insensitive (folded per character, independent of locale), starts at a token
 * and ends on a token boundary, and the longest term wins ("Second Karabakh War" over
 * "Karabakh"). Where a term changed sides over time the article's publication date picks the row.
 * Scare quotes are added as markers with term "scare-quotes" and side "distancing" ({@link
 * ScareQuotes} documents the heuristic); when the quote stage ran before, its quotes tell which
 * quoted phrases are attributed speech rather than scare quotes.
 *
 * <p>Markers come in text order. Immutable and thread-safe.
 */
public final class FramingStage implements Stage {
  private final FrameLexicon lexicon;
  private final ScareQuotes scareQuotes;

  private FramingStage(FrameLexicon lexicon, ScareQuotes scareQuotes) {
    this.lexicon = lexicon;
    this.scareQuotes = scareQuotes;
  }

  /** A stage with the bundled frame lexicon and scare-quote cues. */
  public static FramingStage create() {
    return new FramingStage(FrameLexicon.load("frames.tsv"), ScareQuotes.load("scare-cues.tsv"));
  }

  @Override
  public String name() {
    return "framing";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.FRAMING);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    List<Quote> quotes = in.has(Layer.QUOTES) ? in.quotes() : List.of();
    return in.withFraming(find(in.text(), in.tokens(), in.article().published(), quotes));
  }

  /** Number of rows in the frame lexicon. */
  public int lexiconSize() {
    return lexicon.size();
  }

  /**
   * Framing markers in {@code text}.
   *
   * @param published publication date, or {@code null} when unknown
   * @param quotes quotes already found in the text (may be empty)
   */
  public List<FrameMarker> find(String text, Tokens tokens, LocalDate published,
      List<Quote> quotes) {
    List<FrameMarker> out = new ArrayList<>();
    PhraseScanner scanner = new PhraseScanner(lexicon.trie(), text, tokens);
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!scanner.matchAt(i)) {
        continue;
      }
      FrameEntry e = lexicon.resolve(scanner.value(), published);
      int start = tokens.start(i);
      if (e == null || e.caseSensitive() && !sameCase(text, start, scanner.end(), e.surface())) {
        continue;
      }
      out.add(new FrameMarker(e.term(), e.side(), e.frame(), new Span(start, scanner.end())));
      i = scanner.lastToken();
    }
    int terms = out.size();
    scareQuotes.find(text, tokens, quotes, out);
    if (out.size() > terms) {
      out.sort(Comparator.comparing(FrameMarker::span));
    }
    return out;
  }

  /** Whether the letters of {@code text[start,end)} have the case of {@code surface}. */
  private static boolean sameCase(String text, int start, int end, String surface) {
    int j = 0;
    for (int i = start; i < end && j < surface.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      while (j < surface.length() && Character.isWhitespace(surface.charAt(j))) {
        j++;
      }
      if (j < surface.length() && Character.isLetter(c) && c != surface.charAt(j)) {
        return false;
      }
      j++;
    }
    return true;
  }
}
