package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caspian.analysis.Pipeline;
import org.caspian.analysis.actors.ActorStage;
import org.caspian.analysis.lang.FixedLanguageStage;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in eight languages, analysed for actors by the real dictionary, in a real index. */
class CrossLanguageSearchTest {
  @TempDir
  static Path dir;
  static LuceneStore store;
  static SearchService search;
  static final Map<String, AnalyzedArticle> ARTICLES = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    ActorStage actors = ActorStage.create();
    add(actors, "ru", "ru-1", "Путин позвонил Пашиняну",
        "Президент России Владимир Путин позвонил премьер-министру Армении Николу Пашиняну. "
            + "Стороны обсудили ситуацию на границе.");
    add(actors, "hy", "hy-1", "Փաշինյանը հանդիպեց Մակրոնին",
        "Վարչապետ Նիկոլ Փաշինյանը Փարիզում հանդիպեց Ֆրանսիայի նախագահին։");
    add(actors, "az", "az-1", "İlham Əliyev jurnalistləri qəbul edib",
        "Prezident İlham Əliyev Bakıda xarici jurnalistləri qəbul edib.");
    add(actors, "az", "az-2", "Nikol Paşinyan Bakıya gələ bilər",
        "Ermənistanın baş naziri Nikol Paşinyan sülh sazişi üçün Bakıya gələ bilər.");
    add(actors, "en", "en-1", "Aliyev and Pashinyan meet in Abu Dhabi",
        "Ilham Aliyev and Nikol Pashinyan met in Abu Dhabi on Thursday to discuss the treaty.");
    add(actors, "uk", "uk-1", "Зеленському подзвонив Макрон",
        "Президентові Зеленському подзвонив президент Франції.");
    add(actors, "tr", "tr-1", "Erdoğan'ın ziyareti",
        "Cumhurbaşkanı Erdoğan'ın Azerbaycan ziyareti başladı.");
    add(actors, "fa", "fa-1", "سفر عراقچی", "عراقچی وزیر امور خارجه ایران به باکو سفر کرد.");
    add(actors, "ka", "ka-1", "ᲗᲑᲘᲚᲘᲡᲘ", "თბილისში მოლაპარაკებები გაიმართა.");
    store = LuceneStore.open(dir);
    for (AnalyzedArticle a : ARTICLES.values()) {
      store.put(a);
    }
    store.commit();
    search = new SearchService(store);
  }

  private static void add(ActorStage actors, String lang, String id, String title, String text) {
    Pipeline p = Pipeline.builder().add(new FixedLanguageStage(lang)).add(SentenceStage.create())
        .add(new TokenStage()).add(actors).build();
    Article art = new Article(id, title, "Test", "https://example.org/" + id,
        LocalDate.of(2025, 8, 1), text);
    ARTICLES.put(id, p.analyze(art));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<String> ids(String query) throws IOException {
    return search.search(query, 20).hits().stream().map(SearchHit::id).toList();
  }

  private static List<String> actorIds(String actor) throws IOException {
    return search.search("", actor, 20).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void russian_base_form_finds_the_dative() throws IOException {
    assertThat(ids("Пашинян")).containsExactly("ru-1");
    SearchHit hit = search.search("Пашинян", 5).hits().get(0);
    assertThat(hit.titleHtml()).contains("<mark>Пашиняну</mark>");
    assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>Пашиняну</mark>"));
  }

  @Test
  void armenian_base_form_finds_the_definite_form() throws IOException {
    assertThat(ids("Փաշինյան")).containsExactly("hy-1");
    assertThat(search.search("Փաշինյան", 5).hits().get(0).titleHtml())
        .contains("<mark>Փաշինյանը</mark>");
    assertThat(ids("Փարիզ")).containsExactly("hy-1"); // Փարիզում: in Paris
  }

  @Test
  void azerbaijani_base_form_finds_place_cases() throws IOException {
    assertThat(ids("Bakı")).containsExactlyInAnyOrder("az-1", "az-2");
    assertThat(search.search("Bakı", 5).hits()).allSatisfy(h -> assertThat(h.snippets())
        .anySatisfy(s -> assertThat(s).containsPattern("<mark>Bakı(da|ya)</mark>")));
  }

  @Test
  void english_spellings_find_azerbaijani_ones() throws IOException {
    assertThat(ids("Aliyev")).containsExactlyInAnyOrder("az-1", "en-1");
    assertThat(ids("Pashinyan")).containsExactlyInAnyOrder("az-2", "en-1");
    assertThat(ids("\"Ilham Aliyev\"")).containsExactlyInAnyOrder("az-1", "en-1");
  }

  @Test
  void other_languages_use_their_own_analyzers() throws IOException {
    assertThat(ids("Зеленський")).containsExactly("uk-1");
    assertThat(ids("Erdoğan")).containsExactly("tr-1");
    assertThat(ids("عراقچي")).containsExactly("fa-1"); // Arabic yeh finds the Persian one
    // ICU folding: the Mtavruli capitals of the title are the plain letters
    assertThat(ids("ᲗᲑᲘᲚᲘᲡᲘ")).containsExactly("ka-1");
    assertThat(ids("title_ka:თბილისი")).containsExactly("ka-1");
    assertThat(ids("treaties")).containsExactly("en-1");
  }

  @Test
  void a_case_form_finds_the_other_forms_of_its_word_only() throws IOException {
    // "пашиняну" meets "Пашиняну" only: a Russian form does not reach the Armenian spelling
    assertThat(ids("Пашиняну")).containsExactly("ru-1");
    // "Bakıda" and "Bakıya" share the base "bakı"
    assertThat(ids("Bakıda")).containsExactlyInAnyOrder("az-1", "az-2");
    assertThat(ids("jurnalistlər")).containsExactly("az-1"); // jurnalistləri
    assertThat(ids("Bak")).isEmpty();
  }

  @Test
  void an_actor_in_any_spelling_finds_its_articles_in_every_language() throws IOException {
    List<String> expected = List.of("ru-1", "hy-1", "az-2", "en-1");
    for (String id : expected) {
      assertThat(ARTICLES.get(id).actors()).extracting(ActorMention::name)
          .as("the actor stage resolves Pashinyan in %s", id).contains("Nikol Pashinyan");
    }
    for (String spelling : List.of("Пашинян", "Փաշինյան", "Paşinyan", "Pashinyan",
        "Nikol Pashinyan")) {
      assertThat(actorIds(spelling)).as(spelling).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(search.search("treaty", "Пашинян", 10).hits()).extracting(SearchHit::id)
        .containsExactly("en-1");
    assertThat(actorIds("Алиев")).containsExactlyInAnyOrder("az-1", "en-1");
    // the same in the query syntax, so the search box of the dashboard can pick an actor
    assertThat(ids("actor:Փաշինյան")).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ids("actor:\"Nikol Pashinyan\"")).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ids("treaty AND actor:Paşinyan")).containsExactly("en-1");
    assertThat(ids("actor:ARMGOV")).contains("hy-1").doesNotContain("az-1");
    assertThat(actorIds("Nobody Atall")).isEmpty();
  }

  @Test
  void an_actor_code_or_country_still_works() throws IOException {
    assertThat(actorIds("ARM")).contains("ru-1", "hy-1", "az-2", "en-1");
    assertThat(actorIds("AZE")).contains("az-1", "en-1");
  }
}
