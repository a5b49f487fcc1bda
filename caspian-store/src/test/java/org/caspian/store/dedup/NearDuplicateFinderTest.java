package org.caspian.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caspian.model.Article;
import org.caspian.model.NearDuplicate;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {
  static final String WIRE = "Azerbaijani and Armenian delegations met in Brussels on Tuesday "
      + "to discuss the delimitation of their common border, the European Council said in a "
      + "statement. The sides agreed to meet again in Yerevan next month, and the commissions "
      + "will exchange maps of the northern section before then. Officials described the talks "
      + "as constructive and said humanitarian issues were also raised.";
  static final String OTHER = "Georgia's prime minister said on Friday that the country would "
      + "continue to develop its Black Sea port of Anaklia with Chinese investors, despite "
      + "criticism from opposition parties and Western diplomats, who questioned the terms of "
      + "the contract and the transparency of the tender process held last year.";

  static Article article(String id, String text) {
    return new Article(id, "title " + id, "Outlet", "", LocalDate.of(2025, 6, 30), text);
  }

  private final NearDuplicateFinder finder = new NearDuplicateFinder(EarlierArticles.NONE);

  @Test
  void a_lightly_edited_copy_is_linked_to_the_first_seen_and_kept() {
    Article first = finder.mark(article("a", WIRE));
    Article copy = finder.mark(article("b", "BRUSSELS (Caspian Wire) - " + WIRE
        .replace("Tuesday", "Tuesday evening").replace(" Officials described the talks as "
            + "constructive and said humanitarian issues were also raised.", "")));
    Article copyOfCopy = finder.mark(article("c", WIRE.replace("constructive", "productive")));
    Article unrelated = finder.mark(article("d", OTHER));
    assertThat(first.meta().nearDuplicate()).isNull();
    NearDuplicate m = copy.meta().nearDuplicate();
    assertThat(m.of()).isEqualTo("a");
    assertThat(m.cluster()).isEqualTo("a");
    assertThat(m.similarity()).isBetween(0.5, 0.99);
    assertThat(copyOfCopy.meta().nearDuplicate().cluster()).isEqualTo("a");
    assertThat(unrelated.meta().nearDuplicate()).isNull();
  }

  @Test
  void the_cluster_is_the_first_seen_article_even_through_a_chain() {
    finder.mark(article("a", WIRE));
    String drift1 = WIRE.replace("Brussels", "Geneva").replace("Yerevan", "Baku");
    Article b = finder.mark(article("b", drift1));
    assertThat(b.meta().nearDuplicate().cluster()).isEqualTo("a");
    String drift2 = drift1.replace("northern", "southern").replace("Tuesday", "Wednesday")
        .replace("European Council", "Council");
    Article c = finder.mark(article("c", drift2));
    assertThat(c.meta().nearDuplicate().cluster()).isEqualTo("a");
  }

  @Test
  void an_article_seen_again_keeps_its_first_decision() {
    finder.mark(article("a", WIRE));
    Article b = finder.mark(article("b", WIRE + " More."));
    assertThat(finder.mark(article("b", WIRE + " More.")).meta().nearDuplicate())
        .isEqualTo(b.meta().nearDuplicate());
    assertThat(finder.mark(article("a", WIRE)).meta().nearDuplicate()).isNull();
  }

  @Test
  void the_threshold_decides() {
    NearDuplicateFinder strict = new NearDuplicateFinder(EarlierArticles.NONE, 0.95);
    strict.mark(article("a", WIRE));
    assertThat(strict.mark(article("b", WIRE.replace("Tuesday", "Monday"))).meta()
        .nearDuplicate()).isNull();
    assertThat(strict.mark(article("c", WIRE + " ")).meta().nearDuplicate().of()).isEqualTo("a");
  }

  @Test
  void written_articles_are_forgotten_only_when_told() {
    finder.mark(article("a", WIRE));
    finder.mark(article("d", OTHER));
    finder.written("a");
    assertThat(finder.sessionSize()).isEqualTo(2);
    finder.forgetWritten();
    assertThat(finder.sessionSize()).isEqualTo(1);
    // "a" is no longer remembered here: with no index behind, a copy now finds nothing
    assertThat(finder.mark(article("b", WIRE)).meta().nearDuplicate()).isNull();
  }
}
