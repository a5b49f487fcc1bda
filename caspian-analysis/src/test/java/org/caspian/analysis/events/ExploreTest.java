package org.caspian.analysis.events;

import static org.caspian.analysis.events.Fixture.*;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.junit.jupiter.api.Test;

class ExploreTest {
  static org.caspian.model.ActorType org() {
    return org.caspian.model.ActorType.ORGANIZATION;
  }

  @Test
  void explore() {
    EventStage stage = EventStage.create();
    String[] texts = {
      "Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in Tel Aviv.",
      "Netanyahu agreed to US mediation in the talks.",
      "Russian air defences shot down an Azerbaijan Airlines passenger jet near Grozny on December 25, 2024.",
      "Putin apologized to Aliyev on December 28 for the tragic incident in Russian airspace.",
      "Aliyev demanded that Russia admit guilt and pay compensation.",
      "Russian police raided homes of Azerbaijanis in Yekaterinburg on June 27, detaining dozens of people.",
      "Azerbaijani police raided the Baku office of Sputnik Azerbaijan and detained two employees on June 30.",
      "Azerbaijan launched a military offensive against Armenian separatists in Karabakh on September 19, 2023.",
      "Azerbaijani forces fired on Russian peacekeepers, killing several officers.",
      "Aliyev and Pashinyan initialled the peace agreement in Washington on August 8, 2025, in the presence of Trump.",
      "Trump praised Aliyev and Pashinyan for ending decades of conflict.",
      "Putin is expected to meet Aliyev in Dushanbe on October 9.",
      "Moscow could impose sanctions on Baku.",
      "If Baku expels Russian diplomats, Moscow will respond.",
      "Did Russia shoot down the Azerbaijani plane?",
      "Moscow denied that Russian air defences had shot down the Azerbaijani airliner.",
      "On Monday, Azerbaijan's Foreign Ministry summoned the Russian ambassador.",
      "According to Interfax, Azerbaijani police detained eight Russian citizens in Baku.",
      "Talks between Lavrov and Bayramov took place in Moscow.",
      "The arrest of Azerbaijani citizens by Russian police caused outrage in Baku.",
      "Russian police detained a Russian journalist.",
      "TASS reported that Russia expelled Azerbaijani diplomats.",
      "Sputnik Azerbaijan criticized Baku for the arrests.",
      "Azerbaijan condemned the killing of Azerbaijanis by Russian police.",
      "Russia and Azerbaijan agreed to expand cooperation in energy.",
      "Pashinyan urged Russia to withdraw its border guards from Armenia.",
      "Russia has yet to apologize to Azerbaijan.",
      "Lavrov held talks with Bayramov in Moscow yesterday.",
      "\"We will discuss this with Baku,\" Peskov said.",
    };
    Actor[] actors = {
      country("Azerbaijani", "AZE"), country("Russia", "RUS"), country("Russian", "RUS"),
      gov("Moscow", "RUSGOV"), gov("Baku", "AZEGOV"), person("Putin", "RUSGOV"),
      person("Aliyev", "AZEGOV"), person("Peskov", "RUSGOV"), person("Zakharova", "RUSGOV"),
      country("Azerbaijan", "AZE"), person("Trump", "USAGOV"), person("Pashinyan", "ARMGOV"),
      institution("Russian air defences", "RUSMIL"), actor("Azerbaijan Airlines", "AZEBUS", org()),
      institution("Azerbaijani police", "AZECOP"), institution("Azerbaijani forces", "AZEMIL"),
      institution("Russian peacekeepers", "RUSMIL"), actor("Armenian separatists", "ARMREB", org()),
      institution("Azerbaijan's Foreign Ministry", "AZEGOV"), media("Interfax", "RUSMED"),
      person("Lavrov", "RUSGOV"), person("Israeli President Moshe Katsav", "ISRGOV"), country("Jordan's", "JOR"), person("King Abdullah II", "JORGOV"), person("Netanyahu", "ISRGOV"), country("US", "USA"), person("Bayramov", "AZEGOV"), media("TASS", "RUSMED"),
      country("Azerbaijanis", "AZE"), country("Armenia", "ARM"), institution("Russian border guards", "RUSMIL"),
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
