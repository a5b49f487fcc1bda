package org.caspian.analysis.sentence;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.caspian.model.Span;

/**
 * Splits text into sentences with ICU's {@link BreakIterator}, then joins back breaks that fall
 * after a known abbreviation ("Dr.", "г.") or a single-letter initial ("I. Aliyev"). Spans are
 * trimmed of surrounding whitespace; empty sentences are dropped.
 *
 * <p>Thread-safe: the prototype iterator is cloned per call.
 */
public final class SentenceStage implements Stage {
  private final BreakIterator prototype;
  private final Set<String> abbreviations;

  public SentenceStage(Set<String> abbreviations) {
    this.prototype = BreakIterator.getSentenceInstance(ULocale.ROOT);
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /** A stage with the bundled abbreviation lists for all languages. */
  public static SentenceStage create() {
    return new SentenceStage(loadAbbreviations());
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withSentences(split(in.text()));
  }

  /** Sentence spans of {@code text}, in order, trimmed, never empty. */
  public List<Span> split(String text) {
    BreakIterator it = (BreakIterator) prototype.clone();
    it.setText(text);
    List<Span> out = new ArrayList<>();
    int start = it.first();
    int sentenceStart = start;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (end < text.length() && endsWithAbbreviation(text, sentenceStart, end)) {
        continue;
      }
      addTrimmed(text, sentenceStart, end, out);
      sentenceStart = end;
    }
    if (sentenceStart < text.length()) {
      addTrimmed(text, sentenceStart, text.length(), out);
    }
    return out;
  }

  private boolean endsWithAbbreviation(String text, int from, int end) {
    int e = end;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      if (text.charAt(e - 1) == '\n') {
        return false; // a line break ends a sentence whatever came before
      }
      e--;
    }
    if (e == from || text.charAt(e - 1) != '.') {
      return false;
    }
    int s = e - 1;
    while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    String word = text.substring(s, e);
    if (abbreviations.contains(word)) {
      return true;
    }
    // A single capital initial ("I. Aliyev") followed by a capitalised word.
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && end < text.length()
        && Character.isUpperCase(text.charAt(end));
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }

  private static Set<String> loadAbbreviations() {
    Set<String> set = new HashSet<>();
    for (String[] row : DataFiles.readTsv(SentenceStage.class, "abbreviations.txt", 2)) {
      set.add(row[1]);
    }
    return set;
  }
}
