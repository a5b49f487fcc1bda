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
import org.caspian.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Russian event coder behind the real actor stage: roles by case and preposition, unknown
 * doers of impersonal plurals, verbal nouns, modality and dates. Each sentence must give exactly
 * the events listed, written "SOURCE>TARGET CODE MODALITY" with the countries of the actors ("-"
 * for an unknown source), so an extra or a reversed event fails as surely as a missing one.
 */
class RussianEventCodingTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 2); // a Wednesday
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    pipeline = Pipelines.standard(new FixedLanguageStage("ru"), Set.of("en", "ru"));
  }

  private static List<Event> events(String text) {
    return pipeline.analyze(new Article("t", "", "", "", PUBLISHED, text)).events();
  }

  private static Set<String> described(List<Event> events) {
    Set<String> out = new TreeSet<>();
    for (Event e : events) {
      String src = e.source().country().isEmpty() ? "-" : e.source().country();
      String tgt = e.target().country().isEmpty() ? "-" : e.target().country();
      out.add(src + ">" + tgt + " " + e.cameo() + " " + e.modality());
    }
    return out;
  }

  private static Set<String> expected(String list) {
    Set<String> out = new TreeSet<>();
    for (String s : list.split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Meetings, calls, visits: the partner by "с" + instrumental, the destination by "в" + accusative
      Сергей Лавров встретился в Москве с Джейхуном Байрамовым.                     | RUS>AZE 040 ASSERTED
      С Джейхуном Байрамовым в Москве встретился Сергей Лавров.                     | RUS>AZE 040 ASSERTED
      Лавров и Байрамов встретились в Москве.                                       | AZE>RUS 040 ASSERTED; RUS>AZE 040 ASSERTED
      Владимир Путин провёл телефонный разговор с Ильхамом Алиевым.                 | RUS>AZE 041 ASSERTED
      Ильхам Алиев посетил Россию.                                                  | AZE>RUS 042 ASSERTED
      Никол Пашинян посетит Россию в следующем году.                                | ARM>RUS 042 PLANNED
      Лавров планирует посетить Азербайджан.                                        | RUS>AZE 042 PLANNED
      Вчера состоялась встреча Лаврова с Байрамовым.                                | AZE>RUS 040 ASSERTED; RUS>AZE 040 ASSERTED
      Алиев не встретился с Путиным.                                                | AZE>RUS 040 NEGATED
      Лавров может встретиться с Байрамовым.                                        | RUS>AZE 040 HYPOTHETICAL
      # Agreements
      Россия и Азербайджан подписали соглашение.                                    | AZE>RUS 057 ASSERTED; RUS>AZE 057 ASSERTED
      Армения парафировала мирный договор с Азербайджаном.                          | ARM>AZE 057 ASSERTED
      Москва договорилась с Баку о возобновлении рейсов.                             | RUS>AZE 030 ASSERTED
      # Protest, summons: the object first, the summoning ministry after "в"
      Посла России вызвали в МИД Азербайджана.                                      | AZE>RUS 114 ASSERTED
      МИД Азербайджана вызвал посла России.                                         | AZE>RUS 114 ASSERTED
      Москва заявила протест Баку.                                                  | RUS>AZE 114 ASSERTED
      # Criticism, accusation, demands, threats: the object by its case wherever it stands
      Россия осудила Азербайджан.                                                   | RUS>AZE 111 ASSERTED
      Азербайджан осудила Россия.                                                   | RUS>AZE 111 ASSERTED
      Азербайджан обвинил Россию в провокации.                                      | AZE>RUS 112 ASSERTED
      Баку раскритиковал Москву.                                                    | AZE>RUS 111 ASSERTED
      Россия потребовала от Азербайджана объяснений.                                | RUS>AZE 100 ASSERTED
      Путин призвал Алиева к сдержанности.                                          | RUS>AZE 020 ASSERTED
      Москва пригрозила Баку ответными мерами.                                      | RUS>AZE 130 ASSERTED
      Алиев поблагодарил Путина.                                                    | AZE>RUS 051 ASSERTED
      # Coercion: impersonal plurals have no known doer; a verbal noun takes its patient in the genitive
      В Баку задержали двух журналистов Sputnik.                                    | ->RUS 173 ASSERTED
      Полиция Азербайджана задержала журналистов Sputnik.                           | AZE>RUS 173 ASSERTED
      Задержание журналистов Sputnik полицией Азербайджана вызвало протесты.        | AZE>RUS 173 ASSERTED
      Азербайджан выслал российских дипломатов.                                     | AZE>RUS 174 ASSERTED
      Россия ввела санкции против Азербайджана.                                     | RUS>AZE 163 ASSERTED
      Армия Азербайджана обстреляла позиции Армении.                                 | AZE>ARM 194 ASSERTED
      # An infinitive under a threat, a refusal or an appeal: coded once, under its controller
      Баку пригрозил выслать российских дипломатов.                                 | AZE>RUS 132 ASSERTED
      Алиев отказался встретиться с Пашиняном.                                      | AZE>ARM 125 ASSERTED
      Путин призвал Алиева освободить граждан России.                               | RUS>AZE 0253 ASSERTED
      # Negation, condition, reported speech with a pronoun
      Азербайджан не высылал российских дипломатов.                                 | AZE>RUS 174 NEGATED
      Если Баку задержит граждан России, Москва ответит.                            | AZE>RUS 173 HYPOTHETICAL
      «Мы осуждаем действия Азербайджана», - заявил Лавров.                         | RUS>AZE 111 ASSERTED
      # Premises after "в" + locative, a note handed to an envoy, a rejected accusation
      Полиция Азербайджана провела обыск в офисе Sputnik Азербайджан.                | AZE>RUS 170 ASSERTED
      Азербайджанская сторона вручила временному поверенному в делах России ноту протеста. | AZE>RUS 114 ASSERTED
      Армения отвергла обвинения Азербайджана.                                      | ARM>AZE 016 ASSERTED
      Баку отменил визит вице-премьера России Алексея Оверчука.                     | AZE>RUS 125 ASSERTED
      МИД России вызвал посла Азербайджана в связи с задержанием российских журналистов. | RUS>AZE 114 ASSERTED
      # A subject shared with the clause before: coordinated verbs, "где", adverbial participles, inserts
      Азербайджан, в свою очередь, обвиняет армянскую сторону в провокациях.        | AZE>ARM 112 ASSERTED
      Сергей Лавров провёл переговоры с Джейхуном Байрамовым, а затем встретился с Николом Пашиняном. | RUS>AZE 046 ASSERTED; RUS>ARM 040 ASSERTED
      Полиция Азербайджана провела обыск в офисе Sputnik Азербайджан и задержала журналистов. | AZE>RUS 170 ASSERTED
      Россия ввела санкции против Азербайджана, обвинив Баку в провокациях.          | RUS>AZE 112 ASSERTED; RUS>AZE 163 ASSERTED
      # A subject that is no actor, or one the actor stage did not recognise: no event, not an unknown doer
      Правозащитники из Amnesty International потребовали от властей Грузии освободить журналистку. |
      Журналисты из Баку раскритиковали МИД России.                                  |
      Глава делегации пригрозила Тбилиси новыми санкциями.                           |
      # A verbal noun's own agent before the clause's subject; a genitive before the noun is another's
      Мария Захарова назвала задержание российских журналистов азербайджанскими властями провокацией. | AZE>RUS 173 ASSERTED
      Посла Азербайджана вызвали в МИД России в связи с задержанием в Баку сотрудников агентства Sputnik. | RUS>AZE 114 ASSERTED
      # Reported speech is no act between states by word order: "заявил X" names the speaker
      Армения заморозила участие в ОДКБ, заявил Никол Пашинян.                       |
      # Coordinated phrases share a case; a participle that qualifies a noun is no clause of its own
      Россия готова помочь Армении и Азербайджану в подписании мирного договора.      |
      Встреча прошла при посредничестве президента Франции Эмманюэля Макрона и президента Турции Реджепа Эрдогана. |
      Москва рассчитывает, что Баку освободит задержанных россиян.                    | AZE>RUS 0841 PLANNED; ->RUS 173 ASSERTED
      # A visit to a place: its host; a place in the locative is where, not whither
      Глава МИД Ирана Аббас Аракчи прибыл в Москву с рабочим визитом.                | IRN>RUS 042 ASSERTED
      Министр иностранных дел Турции Хакан Фидан планирует посетить Ереван.          | TUR>ARM 042 PLANNED
      Сергей Лавров прибыл в Москве на совещание.                                    |
      # States the Russian actor data did not know before
      Власти Польши выслали российских дипломатов.                                   | POL>RUS 174 ASSERTED
      Президент Узбекистана Шавкат Мирзиёев провёл телефонный разговор с Владимиром Путиным. | UZB>RUS 041 ASSERTED
      Министерство иностранных дел Молдавии вызвало посла России.                    | MDA>RUS 114 ASSERTED
      # A place is no target, a metonym in the nominative is an actor
      В Москве заявили, что Баку не ответил.                                        |
      Москва осудила решение, принятое в Баку.                                      |
      """)
  void codesBySentence(String sentence, String expected) {
    assertThat(described(events(sentence))).as(sentence)
        .isEqualTo(expected(expected == null ? "" : expected));
  }

  /** Ten plain wire sentences of the kind the issue tried. */
  @Test
  void tenWireSentences() {
    String text = String.join(" ",
        "Министр иностранных дел России Сергей Лавров встретился в Москве с главой МИД "
            + "Азербайджана Джейхуном Байрамовым.",
        "Владимир Путин провёл телефонный разговор с Ильхамом Алиевым.",
        "Временного поверенного в делах России вызвали в МИД Азербайджана.",
        "В Баку задержали двух журналистов Sputnik.",
        "Армения и Азербайджан парафировали мирный договор.",
        "Россия осудила Азербайджан.",
        "Москва потребовала от Баку освободить журналистов.",
        "Алиев посетил Россию в апреле.",
        "Пашинян встретился с Алиевым в Абу-Даби.",
        "Азербайджан обвинил Россию в провокации.");
    Set<String> got = described(events(text));
    assertThat(got).contains("RUS>AZE 040 ASSERTED", "RUS>AZE 041 ASSERTED",
        "AZE>RUS 114 ASSERTED", "->RUS 173 ASSERTED", "ARM>AZE 057 ASSERTED",
        "AZE>ARM 057 ASSERTED", "RUS>AZE 111 ASSERTED", "RUS>AZE 1053 ASSERTED",
        "AZE>RUS 042 ASSERTED", "ARM>AZE 040 ASSERTED", "AZE>RUS 112 ASSERTED");
  }

  @Test
  void datesAndSpeakers() {
    List<Event> ev = events("Во вторник Сергей Лавров встретился с Джейхуном Байрамовым.");
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2025, 7, 1));
    List<Event> yesterday = events("Вчера Азербайджан выслал российских дипломатов.");
    assertThat(yesterday).hasSize(1);
    assertThat(yesterday.get(0).date()).isEqualTo(LocalDate.of(2025, 7, 1));
    List<Event> reported = events("По словам Марии Захаровой, Азербайджан задержал граждан России.");
    assertThat(reported).extracting(Event::modality).containsOnly(Modality.ASSERTED);
    assertThat(reported).extracting(Event::attribution).allMatch(a -> !a.isEmpty());
  }

  /** The host of a visit is the government the sentence names, else the bare country. */
  @Test
  void visitHosts() {
    assertThat(events("Владимир Путин в воскресенье прибудет в Баку с государственным визитом."))
        .extracting(e -> e.source().code() + ">" + e.target().code() + " " + e.cameo())
        .containsExactly("RUSGOV>AZE 042");
    assertThat(events("Алиев посетил Москву, где провёл переговоры с Владимиром Путиным."))
        .extracting(e -> e.source().code() + ">" + e.target().code() + " " + e.cameo())
        .containsExactly("AZEGOV>RUSGOV 042");
  }

  @Test
  void englishSentencesGetNoRussianEvents() {
    assertThat(events("Russia condemned Azerbaijan.")).isEmpty();
  }
}
