package org.caspian.analysis.tone;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.analysis.lexicon.PhraseScanner;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.caspian.model.Tokens;
import org.caspian.model.Tone;

/**
 * Scores the tone of a whole article the way GDELT does: the percentage of words found in a
 * positive lexicon minus the percentage found in a negative one.
 *
 * <p>The lexicons are data files written for news about interstate relations ({@code
 * lexicon-en.tsv}, {@code -ru}, {@code -az}, {@code -hy}); entries ending in {@code *} match any
 * word they start ("condemn*", Russian stems such as "агресс*"). A text in another language is
 * scored against all of them merged.
 *
 * <p>Negation: a polarity word preceded within {@value #SCOPE} words by a negator ("not", "no",
 * "never", "не", "ոչ"), or followed within two words by a post-negator (Azerbaijani "deyil",
 * Armenian "չէ"), with no punctuation or "but" in between, is negated. A negated positive word
 * counts as negative ("not friendly"); a negated negative word counts as neither ("no tension" is
 * the absence of trouble, not praise).
 *
 * <p>Words are tokens containing a letter. Immutable and thread-safe.
 */
public final class ToneStage implements Stage {
  static final int SCOPE = 3;
  private static final List<String> LANGUAGES = List.of("en", "ru", "az", "hy");

  private final Map<String, ToneLexicon> byLanguage;
  private final ToneLexicon merged;

  private ToneStage(Map<String, ToneLexicon> byLanguage, ToneLexicon merged) {
    this.byLanguage = Map.copyOf(byLanguage);
    this.merged = merged;
  }

  /** A stage with the bundled lexicons for English, Russian, Azerbaijani and Armenian. */
  public static ToneStage create() {
    Map<String, ToneLexicon> map = new java.util.HashMap<>();
    for (String lang : LANGUAGES) {
      map.put(lang, ToneLexicon.load(List.of(lang)));
    }
    return new ToneStage(map, ToneLexicon.load(LANGUAGES));
  }

  @Override
  public String name() {
    return "tone";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TONE);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withTone(score(in.text(), in.tokens(), in.language()));
  }

  /** Number of polarity entries in the lexicon used for {@code language}. */
  public int lexiconSize(String language) {
    return lexicon(language).size();
  }

  private ToneLexicon lexicon(String language) {
    ToneLexicon lex = language == null ? null : byLanguage.get(language);
    return lex == null ? merged : lex;
  }

  /** Tone of {@code text} split into {@code tokens}, using the lexicon for {@code language}. */
  public Tone score(String text, Tokens tokens, String language) {
    ToneLexicon lex = lexicon(language);
    PhraseScanner terms = new PhraseScanner(lex.terms(), text, tokens);
    PhraseScanner cues = new PhraseScanner(lex.cues(), text, tokens);
    int n = tokens.size();
    int words = 0;
    int positive = 0;
    int negative = 0;
    int lastNegator = Integer.MIN_VALUE / 2;
    for (int i = 0; i < n; i++) {
      if (!isWord(text, tokens, i)) {
        if (isBreakPunctuation(text, tokens.start(i))) {
          lastNegator = Integer.MIN_VALUE / 2;
        }
        continue;
      }
      if (cues.matchAt(i)) {
        int kind = cues.value();
        words += wordsIn(text, tokens, i, cues.lastToken());
        i = cues.lastToken();
        lastNegator = kind == ToneLexicon.BREAK ? Integer.MIN_VALUE / 2
            : kind == ToneLexicon.POST ? lastNegator : words;
        continue;
      }
      words++;
      if (!terms.matchAt(i)) {
        continue;
      }
      int polarity = terms.value();
      int last = terms.lastToken();
      words += wordsIn(text, tokens, i + 1, last);
      i = last;
      boolean negated = words - lastNegator <= SCOPE || postNegated(text, tokens, cues, i + 1);
      int counted = counted(polarity, negated);
      positive += counted > 0 ? 1 : 0;
      negative += counted < 0 ? 1 : 0;
    }
    return tone(words, positive, negative);
  }

  /**
   * How a term of {@code polarity} counts: +1 positive, -1 negative, 0 not at all. A negated
   * positive term ("not successful") counts as negative; a negated negative one counts as nothing.
   */
  private static int counted(int polarity, boolean negated) {
    if (polarity == ToneLexicon.NEUTRAL) {
      return 0;
    }
    if (polarity == ToneLexicon.POSITIVE) {
      return negated ? -1 : 1;
    }
    return negated ? 0 : -1;
  }

  private static Tone tone(int words, int positive, int negative) {
    if (words == 0) {
      return Tone.NEUTRAL;
    }
    double pos = 100.0 * positive / words;
    double neg = 100.0 * negative / words;
    return new Tone(pos - neg, pos, neg, words);
  }

  private static boolean postNegated(String text, Tokens tokens, PhraseScanner cues, int from) {
    int seen = 0;
    for (int j = from; j < tokens.size() && seen < 2; j++) {
      if (!isWord(text, tokens, j)) {
        return false;
      }
      seen++;
      if (cues.matchAt(j)) {
        int kind = cues.value();
        if (kind == ToneLexicon.POST || kind == ToneLexicon.BOTH) {
          return true;
        }
        if (kind == ToneLexicon.BREAK) {
          return false;
        }
      }
    }
    return false;
  }

  private static int wordsIn(String text, Tokens tokens, int from, int to) {
    int w = 0;
    for (int j = from; j <= to; j++) {
      if (isWord(text, tokens, j)) {
        w++;
      }
    }
    return w;
  }

  /** A token with at least one letter. */
  static boolean isWord(String text, Tokens tokens, int i) {
    int e = tokens.end(i);
    for (int p = tokens.start(i); p < e; p++) {
      char c = text.charAt(p);
      if (Character.isLetter(c)) {
        return true;
      }
      if (!Character.isDigit(c) && c != '-' && c != '.' && c != '\'') {
        return false;
      }
    }
    return false;
  }

  private static boolean isBreakPunctuation(String text, int p) {
    char c = text.charAt(p);
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '։'
        || c == '(' || c == ')' || c == '—' || c == '–' || c == '՝';
  }
}
