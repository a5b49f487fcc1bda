package org.caspian.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.caspian.model.ArticleField;
import org.caspian.model.ArticleMeta;
import org.caspian.model.NearDuplicate;
import org.caspian.model.OutletRef;
import org.caspian.model.Provenance;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON fields of {@link ArticleMeta}: {@code publishedAt} (ISO-8601 with offset, or null),
 * {@code publishedFallback} (true when the date is only the fetch time), {@code sourceLanguage},
 * {@code author}, {@code domain}, {@code canonicalUrl}, {@code originalSource} and {@code provenance} (field label to
 * origin label, e.g. {@code {"published":"feed"}}), {@code outlet} (the registry outlet: {@code id,
 * name, country, side, type, languages, matchedBy}, or null) and {@code nearDuplicate} ({@code of,
 * cluster, similarity}, or null). Documents written before these fields existed
 * read back as {@link ArticleMeta#NONE}; unknown provenance labels are skipped.
 */
final class ArticleMetaJson {

  void put(ObjectNode o, ArticleMeta meta) {
    if (meta.publishedAt() == null) {
      o.putNull("publishedAt");
    } else {
      o.put("publishedAt", meta.publishedAt().toString());
    }
    o.put("publishedFallback", meta.publishedIsFallback());
    o.put("sourceLanguage", meta.language());
    o.put("author", meta.author());
    o.put("domain", meta.domain());
    o.put("canonicalUrl", meta.canonicalUrl());
    o.put("originalSource", meta.originalSource());
    ObjectNode p = o.putObject("provenance");
    meta.provenance().forEach((field, origin) -> p.put(field.label(), origin.label()));
    OutletRef outlet = meta.outlet();
    if (outlet == null) {
      o.putNull("outlet");
    } else {
      ObjectNode n = o.putObject("outlet");
      n.put("id", outlet.id());
      n.put("name", outlet.name());
      n.put("country", outlet.country());
      n.put("side", outlet.side());
      n.put("type", outlet.type());
      ArrayNode langs = n.putArray("languages");
      outlet.languages().forEach(langs::add);
      n.put("matchedBy", outlet.matchedBy());
    }
    NearDuplicate dup = meta.nearDuplicate();
    if (dup == null) {
      o.putNull("nearDuplicate");
    } else {
      ObjectNode n = o.putObject("nearDuplicate");
      n.put("of", dup.of());
      n.put("cluster", dup.cluster());
      n.put("similarity", dup.similarity());
    }
  }

  ArticleMeta read(JsonNode o) {
    Map<ArticleField, Provenance> provenance = new EnumMap<>(ArticleField.class);
    Iterator<Map.Entry<String, JsonNode>> it = o.path("provenance").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        provenance.put(ArticleField.ofLabel(e.getKey()), Provenance.ofLabel(e.getValue().asText()));
      } catch (IllegalArgumentException unknown) {
        // a label from a newer version: skip it rather than lose the article
      }
    }
    OffsetDateTime at = null;
    JsonNode t = o.get("publishedAt");
    if (t != null && !t.isNull() && !t.asText().isEmpty()) {
      try {
        at = OffsetDateTime.parse(t.asText());
      } catch (DateTimeParseException bad) {
        at = null;
      }
    }
    return new ArticleMeta(at, o.path("sourceLanguage").asText(""), o.path("author").asText(""),
        o.path("domain").asText(""), o.path("canonicalUrl").asText(""),
        o.path("originalSource").asText(""), provenance, outlet(o.get("outlet")),
        nearDuplicate(o.get("nearDuplicate")));
  }

  private static OutletRef outlet(JsonNode n) {
    if (n == null || !n.isObject() || n.path("id").asText("").isEmpty()) {
      return null;
    }
    List<String> langs = new ArrayList<>();
    n.path("languages").forEach(l -> langs.add(l.asText()));
    return new OutletRef(n.path("id").asText(), n.path("name").asText(""),
        n.path("country").asText(""), n.path("side").asText(""), n.path("type").asText(""),
        langs, n.path("matchedBy").asText(""));
  }

  private static NearDuplicate nearDuplicate(JsonNode n) {
    if (n == null || !n.isObject() || n.path("of").asText("").isEmpty()) {
      return null;
    }
    double sim = n.path("similarity").asDouble(1);
    return new NearDuplicate(n.path("of").asText(), n.path("cluster").asText(n.path("of").asText()),
        Math.max(0, Math.min(1, sim)));
  }
}
