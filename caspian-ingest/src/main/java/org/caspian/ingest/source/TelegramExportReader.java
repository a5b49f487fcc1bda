package org.caspian.ingest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.caspian.ingest.ArticleIds;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram Desktop exports ({@code result.json}): one article per post that has text. The root is
 * one chat ({@code name, type, id, messages[]}) or a whole export ({@code chats.list[]}); the file
 * is streamed, one message at a time, so large exports need no large heap.
 *
 * <p>Per post: the text ({@code text} as a string or as an array of strings and {@code {type,text}}
 * entities, flattened to plain text); the instant from {@code date_unixtime} (UTC; {@code date} is
 * the exporting machine's local time without an offset, used for the date only when the Unix time
 * is missing); the outlet is the chat's name; the author is the post's signature ({@code author})
 * or, outside channels, the sender ({@code from}); {@code forwarded_from} is kept as the original
 * source. Service messages and posts without text (stickers, photos without caption) are skipped.
 */
public final class TelegramExportReader implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramExportReader.class);
  private static final int MAX_TITLE = 160;

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();
  private final ArticleIds ids = new ArticleIds();

  @Override
  public String format() {
    return "telegram";
  }

  /** The chat being read. */
  private static final class Chat {
    String name = "";
    String type = "";
    String id = "";
    int posts;
    int skipped;
  }

  @Override
  public void read(SourceInput input, Consumer<IngestResult> sink) throws SourceException {
    try (InputStream in = input.opener().open(); JsonParser p = factory.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new SourceException("not a Telegram export: the file is not a JSON object");
      }
      int found = readObject(p, input, sink);
      if (found == 0) {
        throw new SourceException(
            "not a Telegram export: no 'messages' array and no 'chats.list' found");
      }
    } catch (JsonProcessingException e) {
      throw new SourceException("invalid JSON at line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SourceException("cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a chat object or the export's root; returns how many message arrays it held. */
  private int readObject(JsonParser p, SourceInput input, Consumer<IngestResult> sink)
      throws IOException {
    Chat chat = new Chat();
    int arrays = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "name" -> chat.name = value.isScalarValue() ? p.getValueAsString("") : skip(p);
        case "type" -> chat.type = value.isScalarValue() ? p.getValueAsString("") : skip(p);
        case "id" -> chat.id = value.isScalarValue() ? p.getValueAsString("") : skip(p);
        case "messages" -> {
          if (value == JsonToken.START_ARRAY) {
            arrays++;
            readMessages(p, chat, input, sink);
          } else {
            p.skipChildren();
          }
        }
        case "chats", "left_chats" -> arrays += readChatList(p, input, sink);
        default -> p.skipChildren();
      }
    }
    return arrays;
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return "";
  }

  /** {@code chats: {about, list: [chat...]}}. */
  private int readChatList(JsonParser p, SourceInput input, Consumer<IngestResult> sink)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return 0;
    }
    int arrays = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("list") && value == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          arrays += readObject(p, input, sink);
        }
      } else {
        p.skipChildren();
      }
    }
    return arrays;
  }

  private void readMessages(JsonParser p, Chat chat, SourceInput input,
      Consumer<IngestResult> sink) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        throw new JsonParseException(p, "unexpected end of file in 'messages'");
      }
      JsonNode m = mapper.readTree(p);
      String origin = input.origin() + ":" + (chat.name.isEmpty() ? "chat " + chat.id
          : chat.name) + " post " + m.path("id").asText("?");
      if (!m.isObject()) {
        sink.accept(IngestResult.failed(origin, "message is not a JSON object"));
        continue;
      }
      IngestResult r = post(origin, chat, m);
      if (r == null) {
        chat.skipped++;
      } else {
        chat.posts++;
        sink.accept(r);
      }
    }
    LOG.info("{}: chat '{}' ({}): {} posts with text, {} skipped", input.origin(), chat.name,
        chat.type, chat.posts, chat.skipped);
  }

  /** The post as an article, a failure, or {@code null} for a message that is not an article. */
  private IngestResult post(String origin, Chat chat, JsonNode m) {
    if (!m.path("type").asText("message").equals("message")) {
      return null;
    }
    String text = TelegramText.flatten(m.has("text") ? m.get("text") : m.path("text_entities"));
    if (text.isEmpty()) {
      return null;
    }
    ArticleDraft d = new ArticleDraft();
    d.source(chat.name, Provenance.FEED);
    d.title(title(text), Provenance.TEXT);
    boolean channel = chat.type.endsWith("channel");
    d.author(m.path("author").asText(""), Provenance.FEED);
    if (!channel) {
      d.author(m.path("from").asText(""), Provenance.FEED);
    }
    d.originalSource(m.path("forwarded_from").asText(""), Provenance.FEED);
    String unix = m.path("date_unixtime").asText("");
    if (unix.matches("\\d{1,12}")) {
      d.published(DateStamp.of(OffsetDateTime.ofInstant(
          Instant.ofEpochSecond(Long.parseLong(unix)), ZoneOffset.UTC)), Provenance.FEED);
    } else if (!m.path("date").asText("").isEmpty()) {
      try {
        d.published(DateStamp.of(LocalDateTime.parse(m.path("date").asText()).toLocalDate()),
            Provenance.FEED);
      } catch (DateTimeParseException e) {
        return IngestResult.failed(origin, "field 'date': not a date: '"
            + SourceException.oneLine(m.path("date").asText()) + "'");
      }
    } else {
      return IngestResult.failed(origin, "fields 'date_unixtime' and 'date': missing");
    }
    d.idKey("telegram:" + chat.id + "/" + m.path("id").asText(""));
    return IngestResult.ok(origin, d.build(text, ids));
  }

  /** The first line of a post when it is short and more text follows, else empty. */
  private static String title(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return "";
    }
    String first = text.substring(0, nl).strip();
    return first.length() <= MAX_TITLE ? first : "";
  }
}
