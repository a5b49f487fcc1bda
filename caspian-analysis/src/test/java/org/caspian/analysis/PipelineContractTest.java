package org.caspian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.model.FrameMarker;
import org.caspian.model.Quote;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the whole standard pipeline with seeded random documents mixing real names, quotation
 * marks, dates, other scripts and junk, and checks the invariants every consumer relies on: every
 * span lies inside the text, covered texts match their spans, sentences are ordered and disjoint,
 * and the same input gives the same output.
 */
class PipelineContractTest {
  private static final String[] WORDS = {
    "Baku", "Moscow", "the Kremlin", "Yerevan", "said", "accused", "Russia", "Azerbaijan's",
    "President", "Ilham", "Aliyev", "Pashinyan", "Lavrov", "Peskov", "TASS", "APA", "in", "on",
    "June", "28", "2025", "the", "next", "day", "not", "will", "visit", "summoned", "ambassador",
    "\"", "«", "»", "“", "”", "'", ".", ",", "!", "?", ":", "—", "\n", "\n\n", "so-called",
    "Artsakh", "Karabakh", "Patriotic", "War", "according", "to", "he", "noted", "that",
    "Москва", "заявила", "Баку", "Ադրբեջան", "Բաքու", "Əliyev", "bildirib", "😀", "שלום",
    "مسکو", "\u0000", "\uFEFF", "Mr.", "U.S.", "of", "by", "were", "detained", "police", "raided"
  };

  @Test
  void random_documents_keep_every_span_invariant_in_every_language() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    for (String lang : List.of("en", "ru", "hy", "az", "und")) {
      Pipeline p = Pipelines.standard(new FixedLanguageStage(lang));
      for (int i = 0; i < 60; i++) {
        String text = randomText(rnd, 1 + rnd.nextInt(200));
        LocalDate published = rnd.nextBoolean() ? null : LocalDate.of(2020 + rnd.nextInt(6), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        Article article = new Article("fuzz-" + i, "", "", "", published, text);
        AnalyzedArticle a = p.analyze(article);
        String where = "seed " + seed + " lang " + lang + " doc " + i;
        check(a, where);
        assertThat(p.analyze(article)).as(where + " deterministic").isEqualTo(a);
      }
    }
  }

  private static String randomText(Random rnd, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0 && rnd.nextInt(4) != 0) {
        sb.append(' ');
      }
      sb.append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static void check(AnalyzedArticle a, String where) {
    String text = a.text();
    int last = 0;
    for (Span s : a.sentences()) {
      inside(s, text, where);
      assertThat(s.start()).as(where + " sentences ordered").isGreaterThanOrEqualTo(last);
      last = s.end();
    }
    for (ActorMention m : a.actors()) {
      inside(m.span(), text, where);
      assertThat(m.text()).as(where + " actor text").isEqualTo(m.span().of(text));
    }
    for (Event e : a.events()) {
      inside(e.span(), text, where);
      assertThat(e.text()).as(where + " event text").isEqualTo(e.span().of(text));
      assertThat(e.quad()).isBetween(1, 4);
      assertThat(e.goldstein()).isBetween(-10.0, 10.0);
    }
    for (Quote q : a.quotes()) {
      inside(q.span(), text, where);
    }
    for (FrameMarker f : a.framing()) {
      inside(f.span(), text, where);
    }
    assertThat(a.tone().score()).as(where + " tone").isBetween(-100.0, 100.0);
  }

  private static void inside(Span s, String text, String where) {
    assertThat(s.end()).as(where + " span " + s + " inside text").isLessThanOrEqualTo(text.length());
  }
}
