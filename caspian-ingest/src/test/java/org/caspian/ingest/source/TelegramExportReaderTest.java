package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Article;
import org.junit.jupiter.api.Test;

class TelegramExportReaderTest {
  private final TelegramExportReader reader = new TelegramExportReader();

  private static SourceInput input(String json) {
    return SourceInput.ofBytes("result.json", null, Instant.parse("2025-01-01T00:00:00Z"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  private static final String FULL_EXPORT = """
      {"about": "export", "chats": {"about": "list", "list": [
        {"name": "Caspian Wire", "type": "public_channel", "id": 1234, "messages": [
          {"id": 10, "type": "message", "date": "2025-03-01T14:00:00",
           "date_unixtime": "1740837600", "from": "Caspian Wire", "author": "Editor One",
           "text": [{"type": "bold", "text": "Breaking:"}, " talks resumed in ",
                    {"type": "text_link", "text": "Brussels", "href": "https://x.example"},
                    "\\nDetails follow."],
           "text_entities": []},
          {"id": 11, "type": "service", "action": "pin_message", "text": ""},
          {"id": 12, "type": "unsupported"},
          {"id": 13, "type": "message", "date_unixtime": "1740841200",
           "forwarded_from": "Other Channel", "text": "Forwarded item."},
          {"id": 14, "type": "message", "photo": "(File not included. Change data exporting settings to download.)", "text": ""}
        ]},
        {"name": "Second", "type": "private_group", "id": 99, "messages": [
          {"id": 1, "type": "message", "date": "2024-12-31T23:30:00", "from": "Someone",
           "text": "No unix time here."},
          {"id": 2, "type": "message", "text": "No date at all."}
        ]}
      ]}}
      """;

  @Test
  void a_full_export_gives_each_text_post_once_with_its_metadata() throws Exception {
    Collect c = Collect.read(reader, input(FULL_EXPORT));
    List<Article> posts = c.articles();
    assertThat(posts).hasSize(3);
    Article first = posts.get(0);
    assertThat(first.text()).isEqualTo("Breaking: talks resumed in Brussels\nDetails follow.");
    assertThat(first.title()).isEqualTo("Breaking: talks resumed in Brussels");
    assertThat(first.source()).isEqualTo("Caspian Wire");
    assertThat(first.meta().author()).isEqualTo("Editor One");
    assertThat(first.meta().publishedAt().toInstant())
        .isEqualTo(Instant.parse("2025-03-01T14:00:00Z"));
    assertThat(posts.get(1).meta().originalSource()).isEqualTo("Other Channel");
    assertThat(posts.get(1).meta().author()).as("channel posts are not signed by 'from'")
        .isEmpty();
    Article local = posts.get(2);
    assertThat(local.published()).hasToString("2024-12-31");
    assertThat(local.meta().publishedAt()).as("local time without offset").isNull();
    assertThat(local.meta().author()).isEqualTo("Someone");
    assertThat(c.errors()).containsExactly(
        "result.json:Second post 2: fields 'date_unixtime' and 'date': missing");
  }

  @Test
  void the_same_post_read_twice_has_the_same_id_and_posts_differ() throws Exception {
    List<Article> a = Collect.read(reader, input(FULL_EXPORT)).articles();
    List<Article> b = Collect.read(reader, input(FULL_EXPORT)).articles();
    assertThat(a).extracting(Article::id).isEqualTo(b.stream().map(Article::id).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void json_that_is_not_an_export_is_refused() {
    assertThatThrownBy(() -> Collect.read(reader, input("{\"name\": \"x\"}")))
        .hasMessage("not a Telegram export: no 'messages' array and no 'chats.list' found");
    assertThatThrownBy(() -> Collect.read(reader, input("[1, 2]")))
        .hasMessage("not a Telegram export: the file is not a JSON object");
  }

  @Test
  void a_truncated_export_keeps_the_posts_before_the_break_and_names_the_line() {
    String cut = "{\"name\": \"C\", \"type\": \"public_channel\", \"id\": 5, \"messages\": [\n"
        + "{\"id\": 1, \"type\": \"message\", \"date_unixtime\": \"1700000000\", \"text\": \"One.\"},\n"
        + "{\"id\": 2, \"type\": \"message\", \"text\": \"Tw";
    List<IngestResult> seen = new ArrayList<>();
    assertThatThrownBy(() -> reader.read(input(cut), seen::add))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("invalid JSON at line 3:");
    assertThat(seen).extracting(r -> r.article().text()).containsExactly("One.");
  }
}
