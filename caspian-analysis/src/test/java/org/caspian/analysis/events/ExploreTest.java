package org.caspian.analysis.events;

import static org.caspian.analysis.events.Fixture.*;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() {
    EventStage stage = EventStage.create();
    String[] texts = {
      "On June 28, Azerbaijani officials summoned Russia's chargé d'affaires over the incident and the next day canceled a high-level parliamentary visit to Moscow.",
      "Azerbaijani citizens were detained by Russian police in Yekaterinburg.",
      "Putin and Aliyev signed the Declaration on Allied Interaction on February 22, 2022.",
      "Peskov said that Baku had arrested Russian citizens.",
      "Zakharova said Moscow regrets the decision of Azerbaijan.",
      "Russia threatened to expel Azerbaijani diplomats.",
      "Aliyev accused Russia of trying to hush up the crash.",
      "Azerbaijani police raided the office of Sputnik Azerbaijan on Monday.",
      "Putin will visit Baku next week.",
      "Russia did not apologize to Azerbaijan.",
      "Trump hosted Aliyev and Pashinyan at the White House on August 8, 2025.",
    };
    Actor[] actors = {
      country("Azerbaijani", "AZE"), country("Russia", "RUS"), country("Russian", "RUS"),
      gov("Moscow", "RUSGOV"), gov("Baku", "AZEGOV"), person("Putin", "RUSGOV"),
      person("Aliyev", "AZEGOV"), person("Peskov", "RUSGOV"), person("Zakharova", "RUSGOV"),
      country("Azerbaijan", "AZE"), person("Trump", "USAGOV"), person("Pashinyan", "ARMGOV"),
      media("Sputnik Azerbaijan", "RUSMED"), institution("Russian police", "RUSCOP"),
    };
    for (String t : texts) {
      AnalyzedArticle a = stage.apply(article(t, LocalDate.of(2025, 7, 2), actors));
      System.out.println("# " + t);
      for (Event e : a.events()) {
        System.out.println("   " + e.source().code() + " -> " + e.target().code() + " " + e.cameo()
            + " " + e.goldstein() + " q" + e.quad() + " " + e.modality() + " " + e.date()
            + " attr=" + e.attribution() + " trig=" + e.trigger() + " conf=" + e.confidence());
      }
    }
  }
}
