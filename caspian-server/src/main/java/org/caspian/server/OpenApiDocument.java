package org.caspian.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The OpenAPI 3.0 description of the API routes, built from their {@link ApiRoute}s. */
final class OpenApiDocument {
  private static final String ERROR_REF = "#/components/schemas/Error";

  private OpenApiDocument() {}

  static ObjectNode of(List<ApiRoute> routes) {
    ObjectNode doc = JsonOut.object();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Caspian API");
    info.put("version", "1");
    info.put("description", "Read-only JSON over the analysed corpus. When the server has "
        + "tokens, send 'Authorization: Bearer <token>': reader tokens may GET, admin tokens may "
        + "also POST. Errors are {error, status} objects.");
    ObjectNode paths = doc.putObject("paths");
    for (ApiRoute r : routes) {
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path())
          : paths.putObject(r.path());
      path.set(r.method().toLowerCase(Locale.ROOT), operation(r));
    }
    ObjectNode components = doc.putObject("components");
    ObjectNode error = components.putObject("schemas").putObject("Error");
    error.put("type", "object");
    ObjectNode props = error.putObject("properties");
    props.putObject("error").put("type", "string");
    props.putObject("status").put("type", "integer");
    ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    return doc;
  }

  private static ObjectNode operation(ApiRoute r) {
    ObjectNode op = JsonOut.object();
    op.put("summary", r.summary());
    op.put("operationId", r.method().toLowerCase(Locale.ROOT)
        + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
    op.put("x-role", r.role());
    if (!r.role().equals("none")) {
      op.putArray("security").addObject().putArray("bearer");
    }
    ArrayNode params = op.putArray("parameters");
    for (ApiParam p : r.params()) {
      ObjectNode o = params.addObject();
      o.put("name", p.name());
      o.put("in", p.in());
      o.put("required", p.required());
      o.put("description", p.description());
      ObjectNode schema = o.putObject("schema");
      schema.put("type", p.type());
      if (p.format() != null) {
        schema.put("format", p.format());
      }
    }
    Map<Integer, String> responses = new TreeMap<>(r.responses());
    responses.putIfAbsent(400, "a parameter is missing, unknown or out of range");
    if (!r.role().equals("none")) {
      responses.putIfAbsent(401, "auth is on and the request has no valid token");
      responses.putIfAbsent(403, "the token's role may not do this");
    }
    responses.putIfAbsent(500, "the store could not be read");
    ObjectNode out = op.putObject("responses");
    responses.forEach((status, description) -> {
      ObjectNode res = out.putObject(Integer.toString(status));
      res.put("description", description);
      ObjectNode content = res.putObject("content");
      ObjectNode media = content.putObject("application/json");
      if (status >= 400) {
        media.putObject("schema").put("$ref", ERROR_REF);
      } else {
        media.putObject("schema").put("type", "object");
      }
      if (status == 200 && r.params().stream().anyMatch(p -> p.name().equals("format"))) {
        content.putObject("text/csv").putObject("schema").put("type", "string");
      }
    });
    return op;
  }
}
