package org.caspian.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.Quote;
import org.caspian.model.Span;

/** Builds hand-made actor mentions over a test text and runs the quote stage on it. */
final class QuoteFixture {
  static final QuoteStage QUOTES = QuoteStage.create();
  static final TokenStage TOKENS = new TokenStage();
  static final SentenceStage SENTENCES = SentenceStage.create();

  private final String text;
  private final List<ActorMention> mentions = new ArrayList<>();

  QuoteFixture(String text) {
    this.text = text;
  }

  /** Marks every occurrence of {@code surface} as a mention of the given actor. */
  QuoteFixture actor(String surface, String name, String code, ActorType type) {
    int from = 0;
    int at;
    while ((at = text.indexOf(surface, from)) >= 0) {
      mentions.add(new ActorMention(code, code.length() >= 3 ? code.substring(0, 3) : "", name,
          type, new Span(at, at + surface.length()), surface));
      from = at + surface.length();
    }
    if (from == 0) {
      throw new IllegalArgumentException("not in text: " + surface);
    }
    return this;
  }

  /** Marks the first occurrence of {@code surface} at or after the text {@code context}. */
  QuoteFixture personIn(String context, String surface, String name, String code) {
    int at = text.indexOf(surface, text.indexOf(context));
    mentions.add(new ActorMention(code, code.length() >= 3 ? code.substring(0, 3) : "", name,
        ActorType.PERSON, new Span(at, at + surface.length()), surface));
    return this;
  }

  QuoteFixture person(String surface, String name, String code) {
    return actor(surface, name, code, ActorType.PERSON);
  }

  List<Quote> quotes() {
    List<Quote> q = QUOTES.find(text, TOKENS.tokenize(text), SENTENCES.split(text), mentions);
    for (Quote x : q) {
      if (!x.span().of(text).equals(x.text())) {
        throw new AssertionError("span does not cover the text: " + x);
      }
    }
    return q;
  }
}
