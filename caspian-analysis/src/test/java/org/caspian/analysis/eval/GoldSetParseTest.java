package org.caspian.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caspian.model.Modality;
import org.caspian.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetParseTest {
  private static final String LINE = "{\"id\":\"x1\",\"published\":\"2024-02-23\","
      + "\"text\":\"Talks were held in Moscow, and Moscow said Yerevan must explain itself.\","
      + "\"actors\":[{\"text\":\"Moscow\",\"code\":\"RUSGOV\",\"start\":31},"
      + "{\"text\":\"Yerevan\",\"code\":\"ARMGOV\"}],"
      + "\"events\":[{\"source\":\"RUSGOV\",\"target\":\"ARMGOV\",\"cameo\":\"101\"}]}";

  @Test
  void readsItemsWithDefaultsAndExplicitOffsets() {
    GoldItem item = GoldSet.parse(LINE).items().get(0);

    assertThat(item.published()).isEqualTo(LocalDate.of(2024, 2, 23));
    assertThat(item.actors().get(0).span()).isEqualTo(new Span(31, 37));
    assertThat(item.actors().get(1).span()).isEqualTo(new Span(43, 50));
    assertThat(item.events().get(0).modality()).isEqualTo(Modality.ASSERTED);
    assertThat(item.events().get(0).date()).isNull();
    assertThat(item.events().get(0).root()).isEqualTo("10");
    assertThat(item.quotes()).isEmpty();
    assertThat(item.toArticle().id()).isEqualTo("x1");
    assertThat(item.toArticle().text()).isEqualTo(item.text());
  }

  @Test
  void repeatedActorTextTakesTheNextOccurrence() {
    String twice = "{\"id\":\"x2\",\"published\":\"2024-02-23\","
        + "\"text\":\"Russia warned Armenia, and Russia warned again.\","
        + "\"actors\":[{\"text\":\"Russia\",\"code\":\"RUS\"},{\"text\":\"Armenia\",\"code\":\"ARM\"},"
        + "{\"text\":\"Russia\",\"code\":\"RUS\"}]}";
    GoldItem item = GoldSet.parse(twice).items().get(0);
    assertThat(item.actors().get(0).span()).isEqualTo(new Span(0, 6));
    assertThat(item.actors().get(2).span()).isEqualTo(new Span(27, 33));
  }

  @Test
  void badLinesFailWithTheirLineNumber() {
    assertThatThrownBy(() -> GoldSet.parse(LINE + "\n\n{\"id\":\"x3\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
    assertThatThrownBy(() -> GoldSet.parse(LINE.replace("\"Yerevan\",\"code\"", "\"Tbilisi\",\"code\"")))
        .hasMessageContaining("'Tbilisi'").hasMessageContaining("not found");
    assertThatThrownBy(() -> GoldSet.parse(LINE + "\n" + LINE))
        .hasMessageContaining("duplicate id x1");
    assertThatThrownBy(() -> GoldSet.parse(LINE.replace("\"101\"}", "\"101\",\"modality\":\"maybe\"}")))
        .hasMessageContaining("unknown modality");
    assertThatThrownBy(() -> GoldSet.parse("{not json"))
        .hasMessageContaining("line 1");
  }

  @Test
  void readsFromAFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(f, LINE + "\n", StandardCharsets.UTF_8);
    assertThat(GoldSet.read(f).size()).isEqualTo(1);
  }
}
