package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Armenian event coder behind the real actor stage: roles by the case ending of a phrase's
 * last word and the postposition after it (SuffixMorphology), the analytic past with its
 * negative auxiliary, the synthetic future, light-verb compounds, reported speech. Sentences
 * written for this test in the style of Armenian wire news; each must give exactly the events
 * listed, as in {@link AzerbaijaniEventCodingTest}.
 */
class ArmenianEventCodingTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = Pipelines.standard(new FixedLanguageStage("hy"), Set.of("en", "hy"));
  }

  private static Set<String> coded(String text) {
    return AzerbaijaniEventCodingTest.described(AzerbaijaniEventCodingTest.events(pipeline, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Meetings, calls, visits: the partner before "հետ", the destination bare
      ՀՀ արտաքին գործերի նախարար Արարատ Միրզոյանը Մոսկվայում հանդիպել է Ռուսաստանի արտգործնախարար Սերգեյ Լավրովի հետ։ | ARM>RUS 040 ASSERTED
      Միրզոյանը հանդիպել է Լավրովի հետ։                                        | ARM>RUS 040 ASSERTED
      Լավրովի հետ Միրզոյանը հանդիպել է Երևանում։                               | ARM>RUS 040 ASSERTED
      Նիկոլ Փաշինյանը կհանդիպի Վլադիմիր Պուտինի հետ։                           | ARM>RUS 040 PLANNED
      Փաշինյանը չի հանդիպել Ալիևի հետ։                                          | ARM>AZE 040 NEGATED
      Ալիևն ու Պուտինը հանդիպել են Մոսկվայում։                                  | AZE>RUS 040 ASSERTED; RUS>AZE 040 ASSERTED
      Փաշինյանի և Ալիևի միջև հանդիպում է տեղի ունեցել։                          | ARM>AZE 040 ASSERTED
      Փաշինյանը հեռախոսազրույց է ունեցել Պուտինի հետ։                           | ARM>RUS 041 ASSERTED
      Պուտինը զանգահարել է Փաշինյանին։                                          | RUS>ARM 041 ASSERTED
      Փաշինյանը այցելել է Ֆրանսիա։                                              | ARM>FRA 042 ASSERTED
      Փաշինյանն ընդունել է Ռուսաստանի դեսպանին։                                 | ARM>RUS 043 ASSERTED
      # Agreements
      Հայաստանը և Ֆրանսիան ստորագրել են պաշտպանական համագործակցության համաձայնագիր։ | ARM>FRA 057 ASSERTED; FRA>ARM 057 ASSERTED
      Հայաստանը Ֆրանսիայի հետ ստորագրել է համաձայնագիր։                         | ARM>FRA 057 ASSERTED
      # Criticism, accusation, summons, rejection, threats: the object by its case wherever it stands
      Ադրբեջանը մեղադրել է Հայաստանին։                                          | AZE>ARM 112 ASSERTED
      Հայաստանին մեղադրել է Ադրբեջանը։                                          | AZE>ARM 112 ASSERTED
      Ռուսաստանը քննադատել է Հայաստանին։                                        | RUS>ARM 111 ASSERTED
      Հայաստանը դատապարտել է Ադրբեջանի գործողությունները։                       | ARM>AZE 111 ASSERTED
      Հայաստանի ԱԳՆ-ն կանչել է Ռուսաստանի դեսպանին։                             | ARM>RUS 114 ASSERTED
      Ադրբեջանը մերժել է Հայաստանի առաջարկը։                                    | AZE>ARM 120 ASSERTED
      Ադրբեջանը սպառնացել է Հայաստանին։                                         | AZE>ARM 130 ASSERTED
      Ռուսաստանը կոչ է արել Ադրբեջանին և Հայաստանին։                            | RUS>ARM 020 ASSERTED; RUS>AZE 020 ASSERTED
      # Support, praise, aid
      Ֆրանսիան աջակցել է Հայաստանին։                                            | FRA>ARM 051 ASSERTED
      Փաշինյանը շնորհավորել է Մակրոնին։                                         | ARM>FRA 051 ASSERTED
      Ռուսաստանը մարդասիրական օգնություն է ուղարկել Հայաստանին։                 | RUS>ARM 073 ASSERTED
      # Detentions and force; a passive has its target in the nominative
      Ադրբեջանի ոստիկանությունը ձերբակալել է Ռուսաստանի քաղաքացիներին։           | AZE>RUS 173 ASSERTED
      Ադրբեջանի զինված ուժերը գնդակոծել են Հայաստանի դիրքերը։                   | AZE>ARM 194 ASSERTED
      Ադրբեջանը հարձակվել է Հայաստանի վրա։                                      | AZE>ARM 190 ASSERTED
      # Reported speech: "որ" opens the report; a pronoun's act is the speaker's
      Փաշինյանը հայտարարել է, որ Ադրբեջանը գնդակոծել է Հայաստանի դիրքերը։       | AZE>ARM 194 ASSERTED
      «Մենք դատապարտում ենք Ադրբեջանի գործողությունները»,- հայտարարել է Միրզոյանը։ | ARM>AZE 111 ASSERTED
      # A synthetic negative is another word here and codes nothing; a place is no target
      Ալիևը չհանդիպեց Պուտինի հետ։                                              |
      Փաշինյանը Մոսկվայում հանդիպումներ է ունեցել։                              |
      """)
  void codesBySentence(String sentence, String expected) {
    assertThat(coded(sentence)).as(sentence)
        .isEqualTo(AzerbaijaniEventCodingTest.expected(expected));
  }

  @Test
  void datesFromArmenianWords() {
    List<Event> ev = AzerbaijaniEventCodingTest.events(pipeline,
        "Երեկ Ադրբեջանը մեղադրել է Հայաստանին։");
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2025, 7, 1));
  }
}
