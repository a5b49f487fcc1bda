package org.caspian.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Flattens a Telegram export's {@code text} to plain text: a string as is; an array by joining its
 * strings and the {@code text} of its entity objects (bold, link, mention, text_link, spoiler...:
 * the visible text only). Line ends are normalised and the result stripped.
 */
final class TelegramText {
  private TelegramText() {}

  static String flatten(JsonNode text) {
    StringBuilder b = new StringBuilder();
    if (text.isTextual()) {
      b.append(text.asText());
    } else if (text.isArray()) {
      for (JsonNode part : text) {
        if (part.isTextual()) {
          b.append(part.asText());
        } else if (part.isObject() && part.path("text").isTextual()) {
          b.append(part.path("text").asText());
        }
      }
    }
    return b.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
