package org.caspian.analysis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.Quote;

/**
 * Compares one analysed article with its gold item. Matching is one-to-one and greedy in text
 * order; each gold annotation takes the first unused prediction that fits.
 *
 * <ul>
 *   <li>codes: equal, or an organisation code ({@code IGO...}, {@code NGO...}) refined by the
 *       prediction ({@code IGOUNOSEC} fits gold {@code IGOUNO}; CAMEO organisation codes are
 *       hierarchical and the version 2 conventions ask the coder for the organisation only);
 *   <li>actors: same code and overlapping spans; mentions with an empty code (unresolved names
 *       kept for review) are not counted as predictions;
 *   <li>events: same source code, target code and CAMEO root; exact-code pairs are matched first;
 *   <li>quotes: same speaker code (when both have one) or same speaker name, and overlapping
 *       spans.
 * </ul>
 */
final class ItemScorer {
  private static final int SNIPPET = 70;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ItemScorer() {}

  static ItemScore score(GoldItem gold, AnalyzedArticle out, Conventions conventions) {
    List<String> diffs = new ArrayList<>();
    LayerScore actors = actors(gold, out, diffs);
    EventAgreement[] agreement = {EventAgreement.ZERO};
    List<Event> judged = new ArrayList<>();
    for (Event e : out.events()) {
      if (conventions.judges(e)) {
        judged.add(e);
      }
    }
    LayerScore events = events(gold, judged, diffs, agreement);
    LayerScore quotes = quotes(gold, out, diffs);
    return new ItemScore(gold.id(), actors, events, quotes, agreement[0], diffs);
  }

  /** Scores an item whose analysis failed: every gold annotation is missed. */
  static ItemScore failed(GoldItem gold, String error) {
    List<String> diffs = new ArrayList<>();
    diffs.add(gold.id() + " ERROR    " + error);
    return new ItemScore(gold.id(),
        new LayerScore("actors", gold.actors().size(), 0, 0),
        new LayerScore("events", gold.events().size(), 0, 0),
        new LayerScore("quotes", gold.quotes().size(), 0, 0),
        EventAgreement.ZERO, diffs);
  }

  private static LayerScore actors(GoldItem gold, AnalyzedArticle out, List<String> diffs) {
    List<ActorMention> pred = new ArrayList<>();
    for (ActorMention m : out.actors()) {
      if (!m.code().isEmpty()) {
        pred.add(m);
      }
    }
    boolean[] used = new boolean[pred.size()];
    int tp = 0;
    for (GoldActor g : gold.actors()) {
      int hit = -1;
      for (int i = 0; i < pred.size() && hit < 0; i++) {
        ActorMention p = pred.get(i);
        if (!used[i] && sameCode(g.code(), p.code()) && p.span().overlaps(g.span())) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        tp++;
      } else {
        diffs.add(gold.id() + " actor    missed    " + g.code() + " '" + g.text() + "'");
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!used[i]) {
        ActorMention p = pred.get(i);
        diffs.add(gold.id() + " actor    spurious  " + p.code() + " '" + p.text() + "'");
      }
    }
    return new LayerScore("actors", gold.actors().size(), pred.size(), tp);
  }

  private static LayerScore events(
      GoldItem gold, List<Event> pred, List<String> diffs, EventAgreement[] agreement) {
    List<GoldEvent> golds = gold.events();
    boolean[] used = new boolean[pred.size()];
    int[] match = match(golds, pred, used);
    int tp = 0;
    int exact = 0;
    int modality = 0;
    int dated = 0;
    int dateOk = 0;
    for (int g = 0; g < golds.size(); g++) {
      GoldEvent ge = golds.get(g);
      if (match[g] < 0) {
        diffs.add(gold.id() + " event    missed    " + describe(ge));
        continue;
      }
      Event pe = pred.get(match[g]);
      tp++;
      boolean codeOk = pe.cameo().equals(ge.cameo());
      boolean modOk = pe.modality() == ge.modality();
      exact += codeOk ? 1 : 0;
      modality += modOk ? 1 : 0;
      if (ge.date() != null) {
        dated++;
        dateOk += ge.date().equals(pe.date()) ? 1 : 0;
      }
      if (!codeOk || !modOk) {
        diffs.add(gold.id() + " event    partial   " + describe(ge) + "  got " + pe.cameo()
            + " " + pe.modality().label());
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!used[i]) {
        diffs.add(gold.id() + " event    spurious  " + describe(pred.get(i)));
      }
    }
    agreement[0] = new EventAgreement(tp, exact, modality, dated, dateOk);
    return new LayerScore("events", golds.size(), pred.size(), tp);
  }

  /**
   * The predicted event each gold event is matched to (-1 for none), marking the matched ones in
   * {@code used}: first on dyad and exact code, then on dyad and CAMEO root.
   */
  private static int[] match(List<GoldEvent> golds, List<Event> pred, boolean[] used) {
    int[] match = new int[golds.size()];
    Arrays.fill(match, -1);
    for (int pass = 0; pass < 2; pass++) {
      for (int g = 0; g < golds.size(); g++) {
        if (match[g] >= 0) {
          continue;
        }
        for (int i = 0; i < pred.size(); i++) {
          if (!used[i] && fits(golds.get(g), pred.get(i), pass == 0)) {
            match[g] = i;
            used[i] = true;
            break;
          }
        }
      }
    }
    return match;
  }

  /** Whether predicted code {@code pred} fits gold code {@code gold}. */
  static boolean sameCode(String gold, String pred) {
    return gold.equals(pred) || (gold.startsWith("IGO") || gold.startsWith("NGO"))
        && gold.length() > 3 && pred.startsWith(gold);
  }

  private static boolean fits(GoldEvent g, Event p, boolean exact) {
    if (!sameCode(g.source(), p.source().code()) || !sameCode(g.target(), p.target().code())) {
      return false;
    }
    if (exact) {
      return g.cameo().equals(p.cameo());
    }
    return p.cameo().length() >= 2 && g.root().equals(p.cameo().substring(0, 2));
  }

  private static LayerScore quotes(GoldItem gold, AnalyzedArticle out, List<String> diffs) {
    List<Quote> pred = out.quotes();
    boolean[] used = new boolean[pred.size()];
    int tp = 0;
    for (GoldQuote g : gold.quotes()) {
      int hit = -1;
      for (int i = 0; i < pred.size() && hit < 0; i++) {
        Quote p = pred.get(i);
        if (!used[i] && sameSpeaker(g, p) && p.span().overlaps(g.span())) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        tp++;
      } else {
        diffs.add(gold.id() + " quote    missed    " + g.speaker() + " (" + g.speakerCode()
            + ") \"" + snippet(g.text()) + "\"");
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!used[i]) {
        Quote p = pred.get(i);
        diffs.add(gold.id() + " quote    spurious  " + p.speaker() + " (" + p.speakerCode()
            + ") \"" + snippet(p.text()) + "\"");
      }
    }
    return new LayerScore("quotes", gold.quotes().size(), pred.size(), tp);
  }

  /**
   * Same speaker when both codes are set and equal, or when one name equals or ends with the
   * other as whole words ("Zakharova" and "Maria Zakharova").
   */
  static boolean sameSpeaker(GoldQuote g, Quote p) {
    if (!g.speakerCode().isEmpty() && sameCode(g.speakerCode(), p.speakerCode())) {
      return true;
    }
    String a = norm(g.speaker());
    String b = norm(p.speaker());
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a);
  }

  private static String norm(String s) {
    return SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static String describe(GoldEvent e) {
    return e.source() + "->" + e.target() + " " + e.cameo() + " " + e.modality().label()
        + (e.date() == null ? "" : " " + e.date());
  }

  private static String describe(Event e) {
    return e.source().code() + "->" + e.target().code() + " " + e.cameo() + " "
        + e.modality().label() + (e.date() == null ? "" : " " + e.date())
        + (e.trigger().isEmpty() ? "" : " [" + e.trigger() + "]");
  }

  private static String snippet(String s) {
    String t = Objects.requireNonNullElse(s, "").replace('\n', ' ');
    return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1) + "…";
  }
}
