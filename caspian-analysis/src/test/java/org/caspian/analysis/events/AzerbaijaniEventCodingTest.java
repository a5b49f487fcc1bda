package org.caspian.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.Pipelines;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Azerbaijani event coder behind the real actor stage: roles by the case ending of a phrase's
 * last word and the postposition after it (SuffixMorphology), subject first in a verb-final
 * clause, passives, light-verb compounds, reported speech. Each sentence (written for this test
 * in the style of Azerbaijani wire news) must give exactly the events listed, "SOURCE>TARGET CODE
 * MODALITY" with the actors' countries ("-" for an unknown source).
 */
class AzerbaijaniEventCodingTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 2); // a Wednesday
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = Pipelines.standard(new FixedLanguageStage("az"), Set.of("en", "az"));
  }

  static List<Event> events(Pipeline p, String text) {
    return p.analyze(new Article("t", "", "", "", PUBLISHED, text)).events();
  }

  static Set<String> described(List<Event> events) {
    Set<String> out = new TreeSet<>();
    for (Event e : events) {
      String src = e.source().country().isEmpty() ? "-" : e.source().country();
      String tgt = e.target().country().isEmpty() ? "-" : e.target().country();
      out.add(src + ">" + tgt + " " + e.cameo() + " " + e.modality());
    }
    return out;
  }

  static Set<String> expected(String list) {
    Set<String> out = new TreeSet<>();
    for (String s : (list == null ? "" : list).split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Meetings, calls, visits: the partner by the comitative -lA or "ilə", the destination by the dative
      Azərbaycanın xarici işlər naziri Ceyhun Bayramov Moskvada Rusiyanın xarici işlər naziri Sergey Lavrov ilə görüşüb. | AZE>RUS 040 ASSERTED
      Ceyhun Bayramov Sergey Lavrovla görüşüb.                                  | AZE>RUS 040 ASSERTED
      Sergey Lavrov ilə Ceyhun Bayramov Bakıda görüşüb.                          | AZE>RUS 040 ASSERTED
      Prezident İlham Əliyev Vladimir Putinlə görüşəcək.                          | AZE>RUS 040 PLANNED
      Prezident İlham Əliyev Vladimir Putinlə telefonla danışıb.                  | AZE>RUS 041 ASSERTED
      Vladimir Putin İlham Əliyevə zəng edib.                                     | RUS>AZE 041 ASSERTED
      Ceyhun Bayramov ilə Sergey Lavrov arasında görüş keçirilib.                 | AZE>RUS 040 ASSERTED; RUS>AZE 040 ASSERTED
      İlham Əliyev Rusiyaya səfər edib.                                           | AZE>RUS 042 ASSERTED
      Nikol Paşinyan Rusiyanı ziyarət edib.                                       | ARM>RUS 042 ASSERTED
      Prezident İlham Əliyev Rusiyanın səfirini qəbul edib.                       | AZE>RUS 043 ASSERTED
      # Agreements: two subjects act on each other, a partner with "ilə" is the target
      Azərbaycan və Gürcüstan əməkdaşlıq sazişini imzalayıb.                      | AZE>GEO 057 ASSERTED; GEO>AZE 057 ASSERTED
      Azərbaycan Rusiya ilə yeni saziş imzalayıb.                                 | AZE>RUS 057 ASSERTED
      Bakı Moskva ilə razılaşıb.                                                  | AZE>RUS 030 ASSERTED
      # Criticism, accusation, protest: the object by its case wherever it stands
      Azərbaycan Ermənistanı ittiham edib.                                        | AZE>ARM 112 ASSERTED
      Ermənistanı Azərbaycan ittiham edib.                                        | AZE>ARM 112 ASSERTED
      Azərbaycan Rusiyanı kəskin pisləyib.                                        | AZE>RUS 111 ASSERTED
      Bakı Fransanı tənqid edib.                                                  | AZE>FRA 111 ASSERTED
      Azərbaycan Ermənistanın təxribatını pisləyib.                               | AZE>ARM 111 ASSERTED
      Azərbaycan Xarici İşlər Nazirliyi Rusiyanın səfirinə etiraz notası təqdim edib. | AZE>RUS 114 ASSERTED
      Ermənistan Azərbaycanın təklifini rədd edib.                                | ARM>AZE 120 ASSERTED
      Ermənistan Azərbaycanın qoşunlarını çıxarmasını tələb edib.                 | ARM>AZE 100 ASSERTED
      # Support, praise, aid, thanks
      Türkiyə Azərbaycana dəstək verib.                                           | TUR>AZE 051 ASSERTED
      İlham Əliyev Vladimir Putini təbrik edib.                                   | AZE>RUS 051 ASSERTED
      Azərbaycan Rusiyaya təşəkkür edib.                                          | AZE>RUS 051 ASSERTED
      Rusiya Azərbaycana humanitar yardım göndərib.                               | RUS>AZE 073 ASSERTED
      # Threats, detentions, force; a passive has its target in the nominative
      Ermənistan Azərbaycanı hədələyib.                                           | ARM>AZE 130 ASSERTED
      Azərbaycan polisi Rusiya vətəndaşlarını saxlayıb.                           | AZE>RUS 173 ASSERTED
      Bakıda iki Rusiya vətəndaşı saxlanılıb.                                     | ->RUS 173 ASSERTED
      Ermənistan silahlı qüvvələri Azərbaycan ordusunun mövqelərini atəşə tutub.  | ARM>AZE 194 ASSERTED
      Rusiya Ukraynaya hücum edib.                                                | RUS>UKR 190 ASSERTED
      Rusiya Ukraynanı bombalayıb.                                                | RUS>UKR 195 ASSERTED
      # Reported speech: "ki" opens the report
      Bayramov bildirib ki, Azərbaycan Ermənistanı ittiham edir.                  | AZE>ARM 112 ASSERTED
      # A negated verb is another word here and codes nothing; a place is no target
      İlham Əliyev Vladimir Putinlə görüşməyib.                                   |
      Ceyhun Bayramov Moskvada görüşlər keçirib.                                  |
      """)
  void codesBySentence(String sentence, String expected) {
    assertThat(described(events(pipeline, sentence))).as(sentence)
        .isEqualTo(expected(expected));
  }

  @Test
  void datesFromAzerbaijaniWords() {
    List<Event> ev = events(pipeline, "Dünən Azərbaycan Ermənistanı ittiham edib.");
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void englishSentencesGetNoAzerbaijaniEvents() {
    Pipeline az = Pipelines.standard(new FixedLanguageStage("az"), Set.of("az"));
    assertThat(events(az, "Russia condemned Azerbaijan.")).isEmpty();
  }
}
