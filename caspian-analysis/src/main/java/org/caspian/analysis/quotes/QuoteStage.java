package org.caspian.analysis.quotes;

import java.util.List;
import java.util.Set;
import org.caspian.analysis.Stage;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Layer;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.caspian.model.Tokens;

/**
 * Finds quotes and attributes them to speakers.
 *
 * <p><b>Direct quotes</b> are the words between paired quotation marks ({@link QuotationMarks}:
 * "...", “...”, «...», „...“, '...'; nested quotes stay inside the outer one; a quote may run over
 * several sentences but not over a line break). The span covers the quoted words without the marks
 * and without a comma before the closing mark. A quotation is attributed by the words after it
 * ({@code "...," X said}, {@code "...," said X}, {@code «...», — заявил X}, {@code "...", - deyə X
 * bildirib}, {@code "...," according to X}) or, failing that, before it in the same sentence
 * ({@code X said: "..."}, {@code X described it as "..."}, {@code According to X, "..."}). One that
 * opens a sentence right after an attributed quote continues it; one inside reported speech
 * belongs to its speaker. A quotation nobody is said to have said is kept, with an empty speaker,
 * only when it has at least {@value QuoteFinder#MIN_UNATTRIBUTED_WORDS} words; shorter ones are
 * names or scare quotes (the framing stage's business), as is anything right after "titled" or
 * "so-called".
 *
 * <p><b>Reported speech</b> ({@code direct == false}): {@code X said (to Y) that CLAUSE} with the
 * verbs of {@code cues.tsv} in English, Russian ({@code заявил, что}), Azerbaijani ({@code
 * bildirib ki}) and Armenian ({@code հայտարարել է, որ}); {@code According to X, CLAUSE}; {@code
 * CLAUSE, according to X}; Azerbaijani and Armenian postpositions ({@code X-in sözlərinə görə}).
 * The text is the reported clause up to the end of the sentence.
 *
 * <p><b>Speakers</b> ({@link SpeakerFinder}, {@link People}): a named actor in the attribution; a
 * pronoun or a role noun ({@code roles.tsv}: "the expert", "the political scientist", "the
 * minister") resolves to the most salient person before it, a role preferring persons introduced
 * with that title and never one it rules out (a commentator is never a head of state). An
 * organisation can speak ("the Kremlin said", "the ministry said"). The speaker is the canonical
 * actor name, or the attributing words when unresolved; the code is the actor's code, possibly
 * empty.
 *
 * <p>Requires sentences, tokens and actors; immutable and thread-safe.
 */
public final class QuoteStage implements Stage {
  private final QuoteLexicon lexicon;

  private QuoteStage(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A stage with the bundled cue and role lists. */
  public static QuoteStage create() {
    return new QuoteStage(QuoteLexicon.load());
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withQuotes(find(in.text(), in.tokens(), in.sentences(), in.actors()));
  }

  /**
   * The quotes in {@code text}, in text order.
   *
   * @param tokens token boundaries of {@code text}
   * @param sentences sentence spans; when empty, sentence-final punctuation ends sentences
   * @param actors actor mentions found in {@code text} (any order)
   */
  public List<Quote> find(String text, Tokens tokens, List<Span> sentences,
      List<ActorMention> actors) {
    if (tokens.size() == 0) {
      return List.of();
    }
    return new QuoteFinder(new QuoteView(lexicon, text, tokens, sentences, actors)).run();
  }
}
