package org.caspian.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/** Writes JSON answers; failures are {@code {"error": "..."}} objects. */
final class JsonOut {
  /** Request attribute set once a handler has written its own error answer. */
  static final String ANSWERED = "caspian.answered";
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private JsonOut() {}

  /** A new empty object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Writes {@code {"error": message}} with the given status. */
  static void error(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ObjectNode o = object();
    o.put("error", message == null || message.isBlank() ? "error" : message);
    o.put("status", status);
    send(ctx, status, o);
  }

  static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status);
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
