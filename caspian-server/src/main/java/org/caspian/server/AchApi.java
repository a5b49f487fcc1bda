package org.caspian.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.caspian.query.ach.AchMarkdown;
import org.caspian.query.ach.AchMatrix;
import org.caspian.query.ach.AchService;
import org.caspian.query.ach.Consistency;
import org.caspian.query.ach.Evidence;
import org.caspian.query.ach.EvidenceKind;
import org.caspian.query.ach.Grade;
import org.caspian.query.ach.Hypothesis;
import org.caspian.query.workbench.Workbench;

/** Analysis of Competing Hypotheses over HTTP: matrices, hypotheses, evidence, ratings. */
final class AchApi {
  private static final ApiParam MATRIX = ApiParam.path("matrix", "the matrix's name");

  private final Workbench desk;

  AchApi(Workbench desk) {
    this.desk = desk;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("GET", "/api/ach", "The names of the ACH matrices", "reader", List.of(),
            Map.of(200, "{matrices[]}"), this::list),
        new ApiRoute("GET", "/api/ach/{matrix}", "One matrix: hypotheses, evidence, ratings, the "
            + "inconsistency ranking and the non-diagnostic items", "reader", List.of(MATRIX,
                ApiParam.query("format", "string", "json (default) or md")),
            Map.of(200, "{name, hypotheses[], evidence[], ratings, ranking[], nonDiagnostic[]}, "
                + "or Markdown with format=md", 404, "no matrix with this name"), this::matrix),
        new ApiRoute("POST", "/api/ach/{matrix}/hypotheses", "Add a hypothesis (creates the "
            + "matrix) (admin)", "admin", List.of(MATRIX,
                ApiParam.required("title", "string", "the hypothesis, one line")),
            Map.of(201, "{id, title, open}"), this::hypothesis),
        new ApiRoute("POST", "/api/ach/{matrix}/evidence", "Add evidence from an event, quote, "
            + "article or a note (admin)", "admin", List.of(MATRIX,
                ApiParam.required("kind", "string", "event, quote, article or note"),
                ApiParam.query("ref", "string", "articleId#ordinal (event), articleId#n "
                    + "(quote), articleId (article)"),
                ApiParam.query("text", "string", "what it says (a note's text; default: looked "
                    + "up from ref)"),
                ApiParam.query("credibility", "string", "low, medium (default) or high"),
                ApiParam.query("relevance", "string", "low, medium (default) or high")),
            Map.of(201, "{id, kind, reference, text, credibility, relevance}", 404,
                "no matrix with this name"), this::evidence),
        new ApiRoute("POST", "/api/ach/{matrix}/ratings", "Rate an evidence item against a "
            + "hypothesis (admin)", "admin", List.of(MATRIX,
                ApiParam.required("evidence", "string", "evidence id (E1)"),
                ApiParam.required("hypothesis", "string", "hypothesis id (H1)"),
                ApiParam.required("rating", "string", "CC, C, N, I, II or NA")),
            Map.of(200, "the matrix after the rating", 404, "no matrix with this name"),
            this::rate),
        new ApiRoute("DELETE", "/api/ach/{matrix}/evidence/{id}", "Remove an evidence item and "
            + "its ratings (admin)", "admin", List.of(MATRIX,
                ApiParam.path("id", "evidence id (E1)")),
            Map.of(200, "the matrix after the removal", 404, "no matrix with this name"),
            this::removeEvidence));
  }

  void list(Context ctx) throws IOException {
    ObjectNode o = JsonOut.object();
    o.set("matrices", JsonOut.MAPPER.valueToTree(desk.ach().matrices()));
    JsonOut.send(ctx, 200, o);
  }

  void matrix(Context ctx) throws IOException {
    AchService s = desk.ach();
    String name = ctx.pathParam("matrix");
    if (!exists(ctx, s, name)) {
      return;
    }
    String format = new QueryParams(ctx).text("format", "json");
    AchMatrix m = s.matrix(name);
    if (format.equalsIgnoreCase("md")) {
      ctx.contentType("text/markdown; charset=utf-8");
      ctx.result(AchMarkdown.write(m));
    } else if (format.equalsIgnoreCase("json")) {
      JsonOut.send(ctx, 200, m);
    } else {
      throw new IllegalArgumentException("parameter format must be json or md, not: " + format);
    }
  }

  void hypothesis(Context ctx) throws IOException {
    Hypothesis h = desk.ach().addHypothesis(ctx.pathParam("matrix"),
        new QueryParams(ctx).required("title"));
    JsonOut.send(ctx, 201, h);
  }

  void evidence(Context ctx) throws IOException {
    AchService s = desk.ach();
    String name = ctx.pathParam("matrix");
    if (!exists(ctx, s, name)) {
      return;
    }
    QueryParams p = new QueryParams(ctx);
    EvidenceKind kind = EvidenceKind.parse(p.required("kind"));
    String ref = p.text("ref", "");
    String text = p.text("text", null);
    if (text == null) {
      if (kind == EvidenceKind.NOTE) {
        throw new IllegalArgumentException("parameter text is required for a note");
      }
      text = desk.evidenceText(kind, ref);
    }
    Evidence e = s.addEvidence(name, kind, ref, text, Grade.parse(p.text("credibility",
        "medium")), Grade.parse(p.text("relevance", "medium")));
    JsonOut.send(ctx, 201, e);
  }

  void rate(Context ctx) throws IOException {
    AchService s = desk.ach();
    String name = ctx.pathParam("matrix");
    if (!exists(ctx, s, name)) {
      return;
    }
    QueryParams p = new QueryParams(ctx);
    s.rate(name, p.required("evidence"), p.required("hypothesis"),
        Consistency.parse(p.required("rating")));
    JsonOut.send(ctx, 200, s.matrix(name));
  }

  void removeEvidence(Context ctx) throws IOException {
    AchService s = desk.ach();
    String name = ctx.pathParam("matrix");
    if (!exists(ctx, s, name)) {
      return;
    }
    s.removeEvidence(name, ctx.pathParam("id"));
    JsonOut.send(ctx, 200, s.matrix(name));
  }

  private static boolean exists(Context ctx, AchService s, String name) {
    if (s.matrices().contains(name)) {
      return true;
    }
    JsonOut.error(ctx, 404, "no ACH matrix named " + name);
    return false;
  }
}
