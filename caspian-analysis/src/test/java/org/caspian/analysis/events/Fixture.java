package org.caspian.analysis.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.ActorMention;
import org.caspian.model.ActorType;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Span;

/**
 * Builds analysed articles for tests: tokens and sentences from the real stages, actor mentions by
 * hand (every whole-word occurrence of each given surface form), as the actor stage would.
 */
final class Fixture {
  static final TokenStage TOKENS = new TokenStage();
  static final SentenceStage SENTENCES = SentenceStage.create();

  /** An actor surface form and what it stands for. */
  record Actor(String surface, String code, String country, ActorType type, String name) {}

  private Fixture() {}

  static Actor actor(String surface, String code, ActorType type) {
    String country = code.length() >= 3 && !code.startsWith("IGO") ? code.substring(0, 3) : "";
    return new Actor(surface, code, country, type, surface);
  }

  static Actor person(String surface, String code) {
    return actor(surface, code, ActorType.PERSON);
  }

  static Actor country(String surface, String iso3) {
    return actor(surface, iso3, ActorType.COUNTRY);
  }

  static Actor gov(String surface, String code) {
    return actor(surface, code, ActorType.GOVERNMENT);
  }

  static Actor institution(String surface, String code) {
    return actor(surface, code, ActorType.INSTITUTION);
  }

  static Actor media(String surface, String code) {
    return actor(surface, code, ActorType.MEDIA);
  }

  static Actor unresolved(String surface) {
    return new Actor(surface, "", "", ActorType.UNRESOLVED, surface);
  }

  static AnalyzedArticle article(String text, LocalDate published, Actor... actors) {
    return article(text, published, "en", actors);
  }

  static AnalyzedArticle article(String text, LocalDate published, String language,
      Actor... actors) {
    Article a = new Article("t", "", "", "", published, text);
    List<ActorMention> mentions = new ArrayList<>();
    List<Actor> longestFirst = new ArrayList<>(List.of(actors));
    longestFirst.sort((x, y) -> Integer.compare(y.surface().length(), x.surface().length()));
    for (Actor actor : longestFirst) {
      int from = 0;
      while (true) {
        int i = text.indexOf(actor.surface(), from);
        if (i < 0) {
          break;
        }
        int end = i + actor.surface().length();
        boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
        if (startOk && endOk && !covered(mentions, i, end)) {
          mentions.add(new ActorMention(actor.code(), actor.country(), actor.name(), actor.type(),
              new Span(i, end), actor.surface()));
        }
        from = i + 1;
      }
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    AnalyzedArticle in = AnalyzedArticle.of(a).withLanguage(language);
    in = TOKENS.apply(in);
    in = SENTENCES.apply(in);
    return in.withActors(mentions);
  }

  private static boolean covered(List<ActorMention> mentions, int s, int e) {
    for (ActorMention m : mentions) {
      if (m.start() < e && s < m.end()) {
        return true;
      }
    }
    return false;
  }
}
