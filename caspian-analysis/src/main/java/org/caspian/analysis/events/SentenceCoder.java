package org.caspian.analysis.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caspian.model.ActorRef;
import org.caspian.model.CameoCode;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.model.Span;

/**
 * Codes the sentences of one article in order, keeping the date anchor ("the next day") from one
 * sentence to the next. Created per article by {@link RuleEventCoder}; not thread-safe.
 */
final class SentenceCoder {
  private static final int SEP_OR_BREAK = WordRole.AND.bit() | WordRole.COMMA.bit()
      | WordRole.HARD.bit() | WordRole.STOP.bit();
  private static final int MARKER = WordRole.TO.bit() | WordRole.THAT.bit() | WordRole.OF.bit()
      | WordRole.FOR.bit();

  private final ArticleView v;
  private final CameoTaxonomy taxonomy;
  private final CodingRules rules;
  private final TriggerFinder finder;
  private final EventDateResolver dates;
  private final LocalDate published;
  private final Trigger[] triggerAt;
  private final List<Event> out = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private LocalDate anchor;

  // Per-sentence state.
  private List<DateCue> cues;
  private ResolvedDate[] resolved;
  private LocalDate[] anchorBefore;
  private int defaultCue;
  private final List<Trigger> nouns = new ArrayList<>();
  private SentenceLayout layout;
  private RoleFinder roles;
  private ModalityFinder modality;
  private Span span;
  private String sentenceText;

  SentenceCoder(ArticleView v, CameoTaxonomy taxonomy, CodingRules rules, TriggerFinder finder,
      EventDateResolver dates, LocalDate published) {
    this.v = v;
    this.taxonomy = taxonomy;
    this.rules = rules;
    this.finder = finder;
    this.dates = dates;
    this.published = published;
    this.triggerAt = new Trigger[v.tokens.size()];
  }

  List<Event> events() {
    return out;
  }

  /** Codes sentence {@code span}, tokens {@code [s, e)}; {@code actors} = usable groups in it. */
  void code(Span span, int s, int e, int actors) {
    resolveDates(s, e);
    if (actors < 2 || e <= s) {
      return;
    }
    List<Trigger> triggers = finder.find(v, s, e, triggerAt);
    if (triggers.isEmpty()) {
      return;
    }
    this.span = span;
    this.sentenceText = span.of(v.text);
    layout = new SentenceLayout(v, s, e, triggers, triggerAt);
    roles = new RoleFinder(v, layout, triggerAt);
    modality = new ModalityFinder(v, layout, triggerAt, roles);
    link(triggers, e);
    assignCues(triggers);
    List<Integer> codedHeads = new ArrayList<>(4);
    for (Trigger t : triggers) {
      if (t.controller == null && t.standalone && !t.speech()) {
        int n = out.size();
        codeTrigger(t);
        if (out.size() > n) {
          codedHeads.add(t.head);
        }
      }
    }
    for (SentenceLayout.Region r : layout.regions) {
      boolean coded = false;
      for (int h : codedHeads) {
        coded |= h >= r.from() && h < r.to();
      }
      if (!coded) {
        statement(r);
      }
    }
  }

  private void resolveDates(int s, int e) {
    cues = dates.find(v.text, v.tokens, v.wid, s, e);
    resolved = new ResolvedDate[cues.size()];
    anchorBefore = new LocalDate[cues.size()];
    for (int c = 0; c < cues.size(); c++) {
      anchorBefore[c] = anchor;
      resolved[c] = EventDateResolver.resolve(cues.get(c), published, anchor, false);
      if (resolved[c] != null && resolved[c].precision() == ResolvedDate.Precision.DAY) {
        anchor = resolved[c].date();
      }
    }
  }

  /** Links verbs with a family to the act they embed ("threatened to expel"). */
  private void link(List<Trigger> triggers, int e) {
    for (Trigger c : triggers) {
      if (c.pattern.family().isEmpty() || !c.standalone || !c.verb() || c.controller != null) {
        continue;
      }
      int marker = -1;
      for (int k = c.last + 1; k < Math.min(e, c.last + 7); k++) {
        ActorGroup g = v.group(k);
        if (g != null) {
          k = g.last();
          continue;
        }
        if (v.any(k, MARKER)) {
          marker = k;
          break;
        }
        if (triggerAt[k] != null || v.any(k, SEP_OR_BREAK)) {
          break;
        }
      }
      if (marker < 0) {
        continue;
      }
      int reach = v.has(marker, WordRole.THAT) ? 7 : 4;
      for (int j = marker + 1; j < Math.min(e, marker + reach); j++) {
        Trigger inner = triggerAt[j];
        if (inner != null && inner != c && !inner.speech() && inner.controller == null) {
          c.marker = marker;
          c.embedded = inner;
          inner.controller = c;
          inner.standalone = false;
          break;
        }
        if (v.any(j, SEP_OR_BREAK)) {
          break;
        }
      }
    }
  }

  /** Gives each date cue of the sentence to the trigger it belongs to. */
  private void assignCues(List<Trigger> triggers) {
    // Verbs own cues; a noun ("during negotiations on February 22") only takes what they leave.
    List<Trigger> owners = new ArrayList<>(triggers.size());
    for (Trigger t : triggers) {
      if (t.controller == null && t.standalone && t.verb()) {
        owners.add(t);
      }
    }
    nouns.clear();
    for (Trigger t : triggers) {
      if (t.controller == null && t.standalone && !t.verb()) {
        nouns.add(t);
      }
    }
    if (owners.isEmpty()) {
      owners.addAll(nouns);
      nouns.clear();
    }
    defaultCue = -1;
    if (owners.isEmpty() || cues.isEmpty()) {
      return;
    }
    if (cues.get(0).first() < owners.get(0).head) {
      defaultCue = 0;
    }
    for (int c = 0; c < cues.size(); c++) {
      int pos = cues.get(c).first();
      Trigger prev = null;
      Trigger next = null;
      for (Trigger t : owners) {
        if (t.head < pos) {
          prev = t;
        } else if (next == null) {
          next = t;
        }
      }
      Trigger owner;
      if (prev == null || next == null) {
        owner = prev == null ? next : prev;
      } else {
        boolean sep = false;
        for (int k = prev.last + 1; k < pos; k++) {
          sep |= v.any(k, WordRole.AND.bit() | WordRole.COMMA.bit());
        }
        owner = sep ? next : prev;
      }
      if (owner != null && owner.cue < 0) {
        owner.cue = c;
      }
    }
    for (Trigger n : nouns) {
      int best = -1;
      for (int c = 0; c < cues.size(); c++) {
        if (!owned(owners, c) && (best < 0
            || Math.abs(cues.get(c).first() - n.head) < Math.abs(cues.get(best).first() - n.head))) {
          best = c;
        }
      }
      n.cue = best;
    }
  }

  private static boolean owned(List<Trigger> owners, int c) {
    for (Trigger t : owners) {
      if (t.cue == c) {
        return true;
      }
    }
    return false;
  }

  private int cueFor(Trigger t) {
    if (t.controller != null) {
      return cueFor(t.controller);
    }
    if (t.cue >= 0) {
      return t.cue;
    }
    Trigger next = coordinatedNext(t);
    if (next != null && next.cue >= 0) {
      return next.cue; // "raided the office and detained two employees on June 30"
    }
    SentenceLayout.Region r = layout.regionAt(t.head);
    if (r != null && r.speech().cue >= 0) {
      return r.speech().cue;
    }
    return defaultCue;
  }

  /** The verb joined to {@code t} by "and" with no subject of its own, or null. */
  private Trigger coordinatedNext(Trigger t) {
    boolean and = false;
    for (int k = t.last + 1; k < layout.e; k++) {
      Trigger o = triggerAt[k];
      if (o != null && o.verb() && o.standalone && o.controller == null) {
        return and && !o.speech() ? o : null;
      }
      if (v.any(k, WordRole.HARD.bit() | WordRole.STOP.bit())) {
        return null;
      }
      if (v.has(k, WordRole.AND)) {
        and = true;
      } else if (and && v.group(k) != null) {
        return null; // "... and Moscow responded"
      }
    }
    return null;
  }

  private void codeTrigger(Trigger t) {
    Trigger act = t.embedded != null ? t.embedded : t;
    String code = t.pattern.code();
    if (t.embedded != null) {
      String c = rules.embedded(t.pattern.family(), act.pattern.code());
      code = c != null ? c : code;
    }
    int flags = 0;
    List<ActorGroup> sources;
    List<ActorGroup> targets;
    if (!t.verb()) {
      RoleFinder.NounRoles nr = roles.noun(t);
      sources = nr.sources();
      targets = nr.targets();
    } else if (roles.passive(t)) {
      targets = roles.subject(t);
      sources = roles.agent(t);
      t.sources = sources;
      t.inherited = false;
      flags |= Confidence.PASSIVE;
    } else {
      sources = roles.subject(t);
      t.sources = sources;
      targets = t.embedded != null ? roles.object(t, t.last + 1, t.marker) : roles.object(t,
          t.head + 1, Integer.MAX_VALUE);
      if (t.embedded != null && targets.isEmpty()) {
        targets = embeddedTargets(t, act);
      }
      targets = perpetrator(t, code, targets);
    }
    if (t.inherited) {
      flags |= Confidence.INHERITED;
    }
    // A mutual act stays mutual only under a mutual verb ("agreed to hold talks"), never under
    // "refused to meet" or "threatened to ...".
    boolean sym = t.pattern.symmetric()
        && (t.embedded == null || act.pattern.symmetric() || targets.isEmpty());
    Modality m = modality.of(t);
    emitAll(t, act, code, sources, targets, sym, m, flags);
  }

  private List<ActorGroup> embeddedTargets(Trigger t, Trigger act) {
    if (!act.verb()) {
      RoleFinder.NounRoles nr = roles.noun(act);
      return nr.targets().isEmpty() ? nr.sources() : nr.targets(); // "agreed to US mediation"
    }
    if (v.has(t.marker, WordRole.THAT)) {
      List<ActorGroup> subj = roles.subject(act);
      if (!subj.isEmpty() && subj.get(0).first() > t.marker) {
        return subj;
      }
    }
    return roles.object(act, act.head + 1, Integer.MAX_VALUE);
  }

  /**
   * A verbal reaction to a reported act is aimed at whoever did the act: "condemned the killing of
   * Azerbaijanis by Russian police" targets the police.
   */
  private List<ActorGroup> perpetrator(Trigger t, String code, List<ActorGroup> targets) {
    CameoCode c = taxonomy.get(code).orElse(null);
    if (c == null || c.quad() == 2 || c.quad() == 4 || targets.isEmpty()) {
      return targets;
    }
    for (int k = t.last + 1; k < targets.get(0).first(); k++) {
      Trigger n = triggerAt[k];
      if (n != null && !n.verb()) {
        List<ActorGroup> doers = roles.noun(n).sources();
        return doers.isEmpty() ? targets : doers;
      }
    }
    return targets;
  }

  private void emitAll(Trigger t, Trigger act, String code, List<ActorGroup> sources,
      List<ActorGroup> targets, boolean sym, Modality m, int flags) {
    if (sources.isEmpty()) {
      return;
    }
    SentenceLayout.Region r = layout.regionAt(t.head);
    String attribution = "";
    if (r != null && r.speaker() != null) {
      attribution = r.speaker().label();
      flags |= Confidence.REPORTED;
    } else if (layout.according != null) {
      attribution = layout.according.label();
      flags |= Confidence.REPORTED;
    }
    LocalDate date = null;
    int ci = cueFor(t);
    if (ci >= 0) {
      ResolvedDate rd = m == Modality.PLANNED
          ? EventDateResolver.resolve(cues.get(ci), published, anchorBefore[ci], true)
          : resolved[ci];
      date = rd == null ? null : rd.date();
    }
    if (date == null && m == Modality.ASSERTED && ci < 0) {
      date = published;
      flags |= Confidence.DEFAULT_DATE;
    }
    String trigger = v.text(t.head, Math.max(t.last, act.last));
    if (targets.isEmpty()) {
      if (sym && sources.size() >= 2) {
        for (int i = 0; i < sources.size(); i++) {
          for (int j = 0; j < sources.size(); j++) {
            if (i != j) {
              emit(t, code, sources.get(i), sources.get(j), m, attribution, date,
                  flags | Confidence.COMPOUND, trigger);
            }
          }
        }
      }
      return;
    }
    int compound = sources.size() * targets.size() > 1 ? Confidence.COMPOUND : 0;
    for (ActorGroup src : sources) {
      for (ActorGroup tgt : targets) {
        emit(t, code, src, tgt, m, attribution, date, flags | compound, trigger);
        if (sym) {
          emit(t, code, tgt, src, m, attribution, date, flags | compound, trigger);
        }
      }
    }
  }

  /** A speech verb whose report held no act: "Zakharova said Moscow regrets Baku's step". */
  private void statement(SentenceLayout.Region r) {
    ActorGroup speaker = r.speaker();
    if (speaker == null || !speaker.actor() || speaker.media()) {
      return;
    }
    ActorGroup target = r.directObject() != null && r.directObject().actor()
        ? r.directObject() : null;
    int mainClause = r.from() < layout.e ? layout.segmentStart(r.from()) : -1;
    for (int k = r.from(); k < r.to() && target == null; k++) {
      ActorGroup g = v.group(k);
      if (g != null && g.actor() && g != layout.according
          && layout.segmentStart(k) == mainClause && !roles.afterPlacePreposition(g)
          && !g.main().country().equals(speaker.main().country())) {
        target = g;
      }
    }
    if (target == null) {
      return;
    }
    Trigger t = r.speech();
    Modality m = modality.of(t);
    int ci = cueFor(t);
    LocalDate date = ci >= 0 && resolved[ci] != null ? resolved[ci].date() : null;
    int flags = Confidence.STATEMENT;
    if (date == null && m == Modality.ASSERTED && ci < 0) {
      date = published;
      flags |= Confidence.DEFAULT_DATE;
    }
    emit(t, t.pattern.code(), speaker, target, m, "", date, flags, v.text(t.head, t.last));
  }

  private void emit(Trigger t, String code, ActorGroup src, ActorGroup tgt, Modality m,
      String attribution, LocalDate date, int flags, String trigger) {
    if (src == tgt) {
      return;
    }
    ActorRef a = src.main().ref();
    ActorRef b = tgt.main().ref();
    if (a.code().equals(b.code())
        || !a.country().isEmpty() && a.country().equals(b.country()) && !rules.domestic(code)) {
      return;
    }
    if (!seen.add(a.code() + '|' + b.code() + '|' + code + '|' + t.head + '|' + src.first())) {
      return;
    }
    CameoCode c = taxonomy.require(code);
    int srcGap = (flags & Confidence.INHERITED) != 0 ? 0
        : src.last() < t.head ? t.head - src.last() - 1 : src.first() - t.last - 1;
    int tgtGap = tgt.first() > t.last ? tgt.first() - t.last - 1 : t.head - tgt.last() - 1;
    if (src.media()) {
      flags |= Confidence.MEDIA;
    }
    double conf = Confidence.of(t.pattern, Math.max(0, srcGap), Math.max(0, tgtGap), flags);
    out.add(new Event(date, a, b, code, c.plover(), c.goldstein(), c.quad(), m, attribution, span,
        sentenceText, trigger, conf));
  }
}
