package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One short sentence per pattern family the coder must know, with the code it must give. */
class VerbCoverageTest {
  private static final CameoTaxonomy TAXONOMY = CameoTaxonomy.load();
  private static EventStage stage;

  @BeforeAll
  static void load() {
    stage = EventStage.create();
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Baku summoned the Russian ambassador.                          | AZEGOV | RUS    | 114
      Russia expelled two Azerbaijani diplomats.                     | RUS    | AZE    | 174
      Baku recalled its ambassador from Moscow.                      | AZEGOV | RUSGOV | 161
      Aliyev and Putin signed an agreement on gas supplies.          | AZEGOV | RUSGOV | 057
      Lavrov met with Bayramov.                                      | RUSGOV | AZEGOV | 040
      Lavrov held talks with Mirzoyan.                               | RUSGOV | ARMGOV | 046
      Aliyev negotiated with Pashinyan for three days.               | AZEGOV | ARMGOV | 046
      Pashinyan called on Azerbaijan to release Armenian prisoners.  | ARMGOV | AZE    | 0253
      Aliyev condemned Russia.                                       | AZEGOV | RUS    | 111
      Zakharova criticised Baku.                                     | RUSGOV | AZEGOV | 111
      Moscow denied the accusations of Baku.                         | RUSGOV | AZEGOV | 016
      Putin warned Pashinyan against leaving the alliance.           | RUSGOV | ARMGOV | 130
      Russian police arrested Azerbaijani businessmen.               | RUSCOP | AZE    | 173
      Azerbaijani police detained Russian citizens.                  | AZECOP | RUS    | 173
      Azerbaijani police raided the office of Sputnik Azerbaijan.    | AZECOP | RUSMED | 170
      Russian air defences shot down the Azerbaijan Airlines jet.    | RUSMIL | AZEBUS | 190
      Azerbaijani forces shelled Armenian positions.                 | AZEMIL | ARM    | 194
      Azerbaijani forces struck Armenian positions.                  | AZEMIL | ARM    | 190
      Russian police killed two Azerbaijani citizens.                | RUSCOP | AZE    | 1823
      Azerbaijan recognized Armenia's territorial integrity.         | AZE    | ARM    | 054
      Trump praised Aliyev.                                          | USAGOV | AZEGOV | 051
      Pashinyan thanked Trump.                                       | ARMGOV | USAGOV | 051
      Putin apologized to Aliyev.                                    | RUSGOV | AZEGOV | 055
      Putin offered condolences to Aliyev.                           | RUSGOV | AZEGOV | 018
      Ukraine imposed sanctions on Russia.                           | UKR    | RUS    | 163
      Baku banned Sputnik Azerbaijan.                                | AZEGOV | RUSMED | 172
      Baku cancelled the visit of Alexei Overchuk.                   | AZEGOV | RUSGOV | 125
      Baku cancelled concerts by Russian artists.                    | AZEGOV | RUS    | 160
      Armenia suspended its participation in Russian-led drills.     | ARM    | RUS    | 160
      Yerevan demanded an explanation from Moscow.                   | ARMGOV | RUSGOV | 101
      Baku protested to Moscow.                                      | AZEGOV | RUSGOV | 114
      Aliyev visited Moscow.                                         | AZEGOV | RUSGOV | 042
      Aliyev hosted Pashinyan.                                       | AZEGOV | ARMGOV | 043
      Russia pledged aid to Armenia.                                 | RUS    | ARM    | 033
      Armenia agreed to hold talks with Azerbaijan.                  | ARM    | AZE    | 036
      Trump mediated between Aliyev and Pashinyan.                   | USAGOV | AZEGOV | 045
      Russia deported Azerbaijani migrants.                          | RUS    | AZE    | 174
      Baku closed the office of Sputnik Azerbaijan.                  | AZEGOV | RUSMED | 172
      Baku expressed concern over Russia's actions.                  | AZEGOV | RUS    | 012
      Moscow threatened Baku.                                        | RUSGOV | AZEGOV | 130
      Azerbaijan accused Russia of aggression.                       | AZE    | RUS    | 1123
      Armenia rejected the demands of Azerbaijan.                    | ARM    | AZE    | 120
      Moscow refused to release the Azerbaijani detainees.           | RUSGOV | AZE    | 1243
      Russia massed troops on the border with Ukraine.               | RUS    | UKR    | 154
      Azerbaijan blockaded Armenia.                                  | AZE    | ARM    | 191
      Russia invaded Ukraine.                                        | RUS    | UKR    | 190
      Azerbaijan investigated Russian officials.                     | AZE    | RUS    | 090
      Armenia extradited a Russian citizen.                          | ARM    | RUS    | 063
      Russia provided humanitarian aid to Armenia.                   | RUS    | ARM    | 070
      Azerbaijan released Armenian prisoners.                        | AZE    | ARM    | 0841
      Russia lifted sanctions on Armenia.                            | RUS    | ARM    | 085
      Azerbaijan violated the ceasefire with Armenia.                | AZE    | ARM    | 196
      Russia massacred Ukrainian civilians.                          | RUS    | UKR    | 202
      Azerbaijani activists demonstrated outside the Russian embassy. | AZE   | RUS    | 141
      Russia and Ukraine traded blame for the blast.                 | UKR    | RUS    | 112
      Armenia and Azerbaijan traded fire on the border.              | AZE    | ARM    | 193
      """)
  void codes(String sentence, String source, String target, String cameo) {
    AnalyzedArticle a = stage.apply(Fixture.article(sentence, LocalDate.of(2025, 7, 1),
        Cast.ALL));
    Event e = Cast.event(a, source, target);
    assertThat(e.cameo()).isEqualTo(cameo);
    assertThat(e.goldstein()).isEqualTo(TAXONOMY.require(cameo).goldstein());
  }
}
