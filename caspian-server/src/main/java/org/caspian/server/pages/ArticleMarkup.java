package org.caspian.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.FrameMarker;
import org.caspian.model.Modality;
import org.caspian.model.Quote;
import org.caspian.query.HtmlText;

/**
 * The article reader's text: everything escaped, and each stretch covered by actors, events,
 * quotes or framing terms wrapped in one {@code span} whose classes say which kinds cover it
 * ({@code hl-actor}, {@code hl-event}, {@code hl-quote}, {@code hl-frame}) and whose {@code
 * data-refs} name the items. Overlaps are cut at every boundary, so the spans never nest and the
 * text content of the result is exactly the article text (offsets keep working in the browser).
 */
public final class ArticleMarkup {
  private final List<AnalysisItem> actors = new ArrayList<>();
  private final List<AnalysisItem> events = new ArrayList<>();
  private final List<AnalysisItem> quotes = new ArrayList<>();
  private final List<AnalysisItem> framing = new ArrayList<>();
  private final String text;

  /** Lists what {@code a} holds. */
  public ArticleMarkup(AnalyzedArticle a) {
    this.text = a.text();
    int i = 0;
    for (ActorMention m : a.actors()) {
      actors.add(new AnalysisItem("a" + i++, "actor", m.code().isEmpty() ? "unresolved" : m.code(),
          m.name() + " · " + m.type().name().toLowerCase(java.util.Locale.ROOT)
              + (m.inferred() ? " · country inferred" : ""), m.text(), m.start(), m.end()));
    }
    i = 0;
    for (Event e : a.events()) {
      String detail = "PLOVER " + e.plover() + " · quad " + e.quad() + " · Goldstein "
          + e.goldstein() + (e.modality() == Modality.ASSERTED ? "" : " · " + e.modality().label())
          + (e.date() == null ? "" : " · " + e.date());
      events.add(new AnalysisItem("e" + i++, "event", e.source().code() + " → "
          + e.target().code() + " · CAMEO " + e.cameo(), detail, e.text(), e.span().start(),
          e.span().end()));
    }
    i = 0;
    for (Quote q : a.quotes()) {
      String who = q.speaker().isEmpty() ? "unknown speaker" : q.speaker();
      quotes.add(new AnalysisItem("q" + i++, "quote", who + (q.speakerCode().isEmpty() ? ""
          : " (" + q.speakerCode() + ")"), q.direct() ? "direct" : "reported", q.text(),
          q.span().start(), q.span().end()));
    }
    i = 0;
    for (FrameMarker f : a.framing()) {
      framing.add(new AnalysisItem("f" + i++, "frame", f.term(), f.side() + " · " + f.frame(),
          slice(f.span().start(), f.span().end()), f.span().start(), f.span().end()));
    }
  }

  public List<AnalysisItem> actors() {
    return actors;
  }

  public List<AnalysisItem> events() {
    return events;
  }

  public List<AnalysisItem> quotes() {
    return quotes;
  }

  public List<AnalysisItem> framing() {
    return framing;
  }

  private String slice(int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    return text.substring(s, Math.max(s, Math.min(end, text.length())));
  }

  /** The text as HTML with the highlights. */
  public String html() {
    List<AnalysisItem> all = new ArrayList<>();
    all.addAll(events);
    all.addAll(quotes);
    all.addAll(actors);
    all.addAll(framing);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (AnalysisItem it : all) {
      if (valid(it)) {
        cuts.add(it.start());
        cuts.add(it.end());
      }
    }
    StringBuilder sb = new StringBuilder(text.length() * 2);
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      segment(sb, all, from, to);
    }
    return sb.toString();
  }

  private boolean valid(AnalysisItem it) {
    return it.start() >= 0 && it.end() > it.start() && it.end() <= text.length();
  }

  private void segment(StringBuilder sb, List<AnalysisItem> all, int from, int to) {
    TreeSet<String> kinds = new TreeSet<>();
    StringBuilder refs = new StringBuilder();
    StringBuilder title = new StringBuilder();
    for (AnalysisItem it : all) {
      if (valid(it) && it.start() <= from && it.end() >= to) {
        kinds.add("hl-" + it.kind());
        refs.append(refs.length() == 0 ? "" : " ").append(it.ref());
        title.append(title.length() == 0 ? "" : "\n").append(it.kind()).append(": ")
            .append(it.label());
      }
    }
    if (kinds.isEmpty()) {
      HtmlText.escape(text, from, to, sb);
      return;
    }
    sb.append("<span class=\"hl ").append(String.join(" ", kinds)).append("\" data-refs=\"")
        .append(refs).append("\" title=\"").append(HtmlText.escape(title.toString()))
        .append("\">");
    HtmlText.escape(text, from, to, sb);
    sb.append("</span>");
  }
}
