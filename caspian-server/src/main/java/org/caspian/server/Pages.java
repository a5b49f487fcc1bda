package org.caspian.server;

import static org.caspian.server.Html.escape;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;
import org.caspian.model.Event;
import org.caspian.store.ArticleStore;

/**
 * The server-rendered pages: the dashboard shell (search and dyad chart, filled in by {@code
 * app.js}) and the article view. Every value from the store or the request is HTML-escaped.
 */
final class Pages {
  static final String ECHARTS = "/webjars/echarts/5.5.0/dist/echarts.min.js";
  private static final List<String> GRANULARITIES = List.of("day", "week", "month");

  private final ArticleStore store;

  Pages(ArticleStore store) {
    this.store = store;
  }

  /** GET / — optional {@code q}, {@code a}, {@code b}, {@code by} pre-fill the forms. */
  void dashboard(Context ctx) {
    String q = param(ctx, "q", "");
    String a = param(ctx, "a", "RUS").toUpperCase(Locale.ROOT);
    String b = param(ctx, "b", "AZE").toUpperCase(Locale.ROOT);
    String by = param(ctx, "by", "month").toLowerCase(Locale.ROOT);
    StringBuilder options = new StringBuilder();
    for (String g : GRANULARITIES) {
      options.append("<option value=\"").append(g).append('"')
          .append(g.equals(by) ? " selected" : "").append('>').append(g).append("</option>");
    }
    String body = ""
        + "<section class=\"panel\" id=\"search-panel\">\n"
        + "<h2>Search</h2>\n"
        + "<form id=\"search-form\" action=\"/\" method=\"get\" role=\"search\">"
        + "<input id=\"q\" name=\"q\" type=\"search\" value=\"" + escape(q) + "\" "
        + "placeholder=\"Lucene syntax: pipeline AND Baku, &quot;peace treaty&quot;, source:TASS\" "
        + "aria-label=\"Search articles\">"
        + "<button type=\"submit\">Search</button></form>\n"
        + "<p id=\"search-status\" class=\"status\"></p>\n"
        + "<div class=\"search-body\"><aside id=\"facets\" class=\"facets\"></aside>"
        + "<ol id=\"results\" class=\"results\"></ol></div>\n"
        + "</section>\n"
        + "<section class=\"panel\" id=\"dyad-panel\">\n"
        + "<h2>Dyad</h2>\n"
        + "<form id=\"dyad-form\" class=\"dyad-form\">"
        + "<label>Actor A <input id=\"dyad-a\" name=\"a\" value=\"" + escape(a) + "\" size=\"8\">"
        + "</label><label>Actor B <input id=\"dyad-b\" name=\"b\" value=\"" + escape(b)
        + "\" size=\"8\"></label><label>By <select id=\"dyad-by\" name=\"by\">" + options
        + "</select></label><label class=\"check\"><input id=\"dyad-all\" name=\"all\" "
        + "type=\"checkbox\"> include negated, planned, hypothetical</label>"
        + "<button type=\"submit\">Show</button><a id=\"dyad-csv\" href=\"#\">CSV</a></form>\n"
        + "<p id=\"dyad-status\" class=\"status\"></p>\n"
        + "<div id=\"chart\" class=\"chart\" aria-label=\"Dyad chart\"></div>\n"
        + "<div id=\"bucket\" class=\"bucket\"><h3 id=\"bucket-title\"></h3>"
        + "<ol id=\"events\" class=\"events\"></ol></div>\n"
        + "</section>\n";
    ctx.html(page("Caspian", "dashboard", body, store.count() + " articles"));
  }

  /** GET /articles/{id}: the text, with the sentence named by the URL fragment highlighted. */
  void article(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<AnalyzedArticle> found = store.get(id);
    if (found.isEmpty()) {
      ctx.attribute(Api.ANSWERED, Boolean.TRUE);
      ctx.status(404);
      ctx.html(page("Not found", "missing",
          "<section class=\"panel\"><h2>Not found</h2><p>No article with id <code>"
              + escape(id) + "</code>.</p><p><a href=\"/\">Back to the dashboard</a></p>"
              + "</section>", ""));
      return;
    }
    AnalyzedArticle a = found.get();
    Article art = a.article();
    String meta = meta(a);
    StringBuilder events = eventList(a);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", art.id());
    data.put("text", art.text());
    String body = "<article class=\"panel article\">\n<p><a href=\"/\">← Dashboard</a></p>\n"
        + "<h2 id=\"article-title\">" + escape(art.title()) + "</h2>\n"
        + "<p class=\"meta\">" + meta + "</p>\n"
        + "<div id=\"article-text\" class=\"article-text\">" + escape(art.text()) + "</div>\n"
        + "<script type=\"application/json\" id=\"article-data\">"
        + Html.scriptJson(Api.json(data)) + "</script>\n"
        + (events.length() == 0 ? "" : "<h3>Events</h3>\n<ol class=\"article-events\">\n"
            + events + "</ol>\n")
        + "</article>\n";
    ctx.html(page(art.title().isEmpty() ? "Article" : art.title(), "article", body, ""));
  }

  /** Outlet, date, language and a link to the original, as HTML. */
  private static String meta(AnalyzedArticle a) {
    Article art = a.article();
    StringBuilder meta = new StringBuilder();
    meta.append("<span class=\"outlet\">").append(escape(art.source())).append("</span>");
    if (art.published() != null) {
      meta.append(" · <time>").append(art.published()).append("</time>");
    }
    meta.append(" · <span>").append(escape(a.language())).append("</span>");
    if (art.url().startsWith("https://") || art.url().startsWith("http://")) {
      meta.append(" · <a rel=\"noopener noreferrer\" href=\"").append(escape(art.url()))
          .append("\">original</a>");
    }
    return meta.toString();
  }

  /** One list item per event, each linking to its sentence. */
  private static StringBuilder eventList(AnalyzedArticle a) {
    StringBuilder events = new StringBuilder();
    for (Event e : a.events()) {
      events.append("<li><a href=\"#").append(e.span().start()).append('-')
          .append(e.span().end()).append("\"><span class=\"code\">")
          .append(escape(e.source().code())).append(" → ").append(escape(e.target().code()))
          .append(" · CAMEO ").append(escape(e.cameo())).append(" · ")
          .append(escape(e.modality().label())).append("</span> ")
          .append(escape(e.text())).append("</a></li>\n");
    }
    return events;
  }

  private static String page(String title, String kind, String body, String note) {
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " · Caspian</title>\n"
        + "<link rel=\"stylesheet\" href=\"/static/caspian.css\">\n"
        + (kind.equals("dashboard") ? "<script src=\"" + ECHARTS + "\"></script>\n" : "")
        + "<script type=\"module\" src=\"/static/app.js\"></script>\n"
        + "</head>\n<body data-page=\"" + kind + "\">\n"
        + "<header class=\"top\"><a class=\"brand\" href=\"/\">Caspian</a>"
        + "<span class=\"note\">" + escape(note) + "</span></header>\n"
        + "<main>\n" + body + "</main>\n</body>\n</html>\n";
  }

  private static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }
}
