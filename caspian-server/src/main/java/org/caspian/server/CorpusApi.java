package org.caspian.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;
import org.caspian.query.CorpusQueries;
import org.caspian.query.ResultPage;
import org.caspian.query.SearchAnswer;
import org.caspian.query.SearchMode;
import org.caspian.query.overview.OverviewService;
import org.caspian.server.pages.Links;
import org.caspian.store.json.ArticleJson;

/** The JSON routes over the corpus: health, overview, search and articles. */
final class CorpusApi {
  private final CorpusQueries queries;
  private final OverviewService overview;
  private final ArticleJson articleJson = new ArticleJson();

  CorpusApi(CorpusQueries queries) {
    this.queries = queries;
    this.overview = new OverviewService(queries);
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("GET", "/api/health", "Liveness and the number of articles", "none",
            List.of(), Map.of(200, "{status, articles}"), this::health),
        new ApiRoute("GET", "/api/overview", "Latest articles, top actors, dyads that changed most",
            "reader", List.of(
                ApiParam.date("asOf", "last day of the current window (default: newest article)"),
                ApiParam.query("days", "integer", "window length in days, 1..366 (default 7)"),
                ApiParam.query("limit", "integer", "entries per list, 1..100 (default 10)")),
            Map.of(200, "{articles, asOf, from, previousFrom, latest[], topActors[], changes[]}"),
            this::overview),
        new ApiRoute("GET", "/api/search", "Full-text search over articles or events, paged, "
            + "with facets", "reader", SearchParams.DOCS,
            Map.of(200, "{query, mode, page, size, total, pages, totalApproximate, "
                + "facetsApproximate, hits[] | events[], facets}; past 1,000 matches the total "
                + "is an estimate and the facets are counted over a sample, scaled (the two "
                + "flags say so)"),
            this::search),
        new ApiRoute("GET", "/api/articles/{id}", "An article with its full analysis", "reader",
            List.of(ApiParam.path("id", "article id")),
            Map.of(200, "the article as caspian analyze prints it, with links",
                404, "no article with this id"),
            this::article));
  }

  void health(Context ctx) throws IOException {
    ObjectNode o = JsonOut.object();
    o.put("status", "ok");
    o.put("articles", queries.articleCount());
    JsonOut.send(ctx, 200, o);
  }

  void overview(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    JsonOut.send(ctx, 200, overview.overview(p.date("asOf"),
        p.integer("days", OverviewService.DEFAULT_DAYS), p.integer("limit", 10)));
  }

  void search(Context ctx) throws IOException {
    SearchParams sp = SearchParams.of(new QueryParams(ctx));
    SearchAnswer<?> answer = sp.mode() == SearchMode.EVENTS
        ? queries.searchEvents(sp.request()) : queries.searchArticles(sp.request());
    ResultPage<?> page = answer.results();
    ObjectNode o = JsonOut.object();
    o.put("query", answer.query());
    o.put("mode", sp.mode().label());
    o.put("page", page.page());
    o.put("size", page.size());
    o.put("total", page.total());
    o.put("pages", page.pages());
    o.put("totalApproximate", answer.totalApproximate());
    o.put("facetsApproximate", answer.facetsApproximate());
    o.set(sp.mode() == SearchMode.EVENTS ? "events" : "hits",
        JsonOut.MAPPER.valueToTree(page.items()));
    o.set("facets", JsonOut.MAPPER.valueToTree(answer.facets()));
    JsonOut.send(ctx, 200, o);
  }

  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<AnalyzedArticle> a = queries.article(id);
    if (a.isEmpty()) {
      JsonOut.error(ctx, 404, "no article with id " + id);
      return;
    }
    ObjectNode o = articleJson.toTree(a.get(), true);
    ObjectNode links = o.putObject("links");
    String url = a.get().article().url();
    if (url.startsWith("https://") || url.startsWith("http://")) {
      links.put("original", url);
    } else {
      links.putNull("original");
    }
    links.put("reader", Links.article(id));
    JsonOut.send(ctx, 200, o);
  }
}
