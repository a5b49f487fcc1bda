package org.caspian.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caspian.query.DyadEvent;
import org.caspian.query.FacetCount;
import org.caspian.query.ResultPage;
import org.caspian.query.SearchAnswer;
import org.caspian.query.SearchHit;
import org.caspian.server.pages.FacetGroup;
import org.caspian.server.pages.FacetLink;
import org.caspian.server.pages.Links;
import org.caspian.server.pages.NavLink;
import org.caspian.server.pages.PageFrame;
import org.caspian.server.pages.SearchView;

/**
 * Builds the search page's view from the request's parameters and the answer: facet links that
 * toggle one value, chips that remove a filter, the mode toggle and the pager, each a search
 * address with the other parameters kept.
 */
final class SearchPageModel {
  /** A facet dimension, the parameter that filters on it, and its heading. */
  private record Dim(String name, String param, String title) {}

  private static final List<Dim> DIMS = List.of(
      new Dim("source", "outlet", "Outlet"),
      new Dim("outlet_country", "country", "Outlet country"),
      new Dim("outlet_side", "side", "Outlet side"),
      new Dim("language", "lang", "Language"),
      new Dim("actor_country", "actor", "Actor country"),
      new Dim("actor", "actor", "Actor"),
      new Dim("event_type", "type", "Event type (CAMEO root)"));

  /** Parameters the page keeps, in a stable order. */
  private static final List<String> KEPT =
      List.of("q", "mode", "outlet", "country", "side", "lang", "actor", "type", "from", "to",
          "size");

  private final Map<String, List<String>> params = new LinkedHashMap<>();

  SearchPageModel(Map<String, List<String>> query) {
    for (String k : KEPT) {
      List<String> values = new ArrayList<>();
      for (String v : query.getOrDefault(k, List.of())) {
        if (!v.isBlank()) {
          values.add(v.trim());
        }
      }
      if (!values.isEmpty()) {
        params.put(k, values);
      }
    }
  }

  SearchView answered(PageFrame frame, boolean events, SearchAnswer<SearchHit> articles,
      SearchAnswer<DyadEvent> eventAnswer) {
    SearchAnswer<?> a = events ? eventAnswer : articles;
    ResultPage<?> page = a.results();
    String noun = events ? "event" : "article";
    String summary = page.total() + " " + noun + (page.total() == 1 ? "" : "s")
        + (page.pages() > 1 ? " · page " + page.page() + " of " + page.pages() : "");
    return new SearchView(frame, first("q"), events, summary, false,
        events ? List.of() : articles.results().items(),
        events ? eventAnswer.results().items() : List.of(), modes(events),
        facets(a.facets()), chosen(), pager(page), hidden());
  }

  SearchView failed(PageFrame frame, boolean events, String message) {
    return new SearchView(frame, first("q"), events, message, true, List.of(), List.of(),
        modes(events), List.of(), chosen(), List.of(), hidden());
  }

  private String first(String k) {
    List<String> v = params.get(k);
    return v == null ? "" : v.get(0);
  }

  private List<NavLink> modes(boolean events) {
    return List.of(new NavLink("Articles", href(with("mode", List.of())), !events),
        new NavLink("Events", href(with("mode", List.of("events"))), events));
  }

  private List<FacetGroup> facets(Map<String, List<FacetCount>> counts) {
    List<FacetGroup> groups = new ArrayList<>();
    for (Dim d : DIMS) {
      List<FacetCount> values = counts.getOrDefault(d.name(), List.of());
      if (values.isEmpty()) {
        continue;
      }
      String param = d.param();
      List<FacetLink> links = new ArrayList<>();
      for (FacetCount c : values) {
        List<String> current = params.getOrDefault(param, List.of());
        boolean active = current.stream().anyMatch(v -> v.equalsIgnoreCase(c.value()));
        List<String> next = new ArrayList<>(current);
        if (active) {
          next.removeIf(v -> v.equalsIgnoreCase(c.value()));
        } else {
          next.add(c.value());
        }
        links.add(new FacetLink(c.value(), c.count(), href(with(param, next)), active));
      }
      groups.add(new FacetGroup(d.title(), links));
    }
    return groups;
  }

  private List<NavLink> chosen() {
    List<NavLink> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      String k = p.getKey();
      if (k.equals("q") || k.equals("mode") || k.equals("size")) {
        continue;
      }
      for (String v : p.getValue()) {
        List<String> rest = new ArrayList<>(p.getValue());
        rest.remove(v);
        out.add(new NavLink(k + ": " + v, href(with(k, rest)), true));
      }
    }
    return out;
  }

  private List<NavLink> pager(ResultPage<?> page) {
    long pages = page.pages();
    if (pages <= 1) {
      return List.of();
    }
    List<NavLink> out = new ArrayList<>();
    int current = page.page();
    if (current > 1) {
      out.add(new NavLink("← Previous", pageHref(current - 1), false));
    }
    long last = -1;
    for (long p = 1; p <= pages; p++) {
      boolean near = p == 1 || p == pages || Math.abs(p - current) <= 2;
      if (!near) {
        continue;
      }
      if (last >= 0 && p > last + 1) {
        out.add(new NavLink("…", "", false));
      }
      out.add(new NavLink(Long.toString(p), pageHref(p), p == current));
      last = p;
    }
    if (current < pages) {
      out.add(new NavLink("Next →", pageHref(current + 1), false));
    }
    return out;
  }

  private String pageHref(long p) {
    Map<String, List<String>> m = new LinkedHashMap<>(params);
    if (p > 1) {
      m.put("page", List.of(Long.toString(p)));
    }
    return href(m);
  }

  /** The form's hidden fields: every kept parameter but the query (name, value pairs). */
  private List<NavLink> hidden() {
    List<NavLink> out = new ArrayList<>();
    params.forEach((k, values) -> {
      if (!k.equals("q")) {
        values.forEach(v -> out.add(new NavLink(k, v, false)));
      }
    });
    return out;
  }

  private Map<String, List<String>> with(String key, List<String> values) {
    Map<String, List<String>> m = new LinkedHashMap<>(params);
    if (values.isEmpty()) {
      m.remove(key);
    } else {
      m.put(key, values);
    }
    return m;
  }

  private static String href(Map<String, List<String>> m) {
    StringBuilder sb = new StringBuilder("/search");
    char sep = '?';
    for (Map.Entry<String, List<String>> e : m.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(e.getKey()).append('=').append(Links.encode(v));
        sep = '&';
      }
    }
    return sb.toString();
  }
}
