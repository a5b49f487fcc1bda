package org.caspian.analysis.events;

import java.time.LocalDate;
import java.util.List;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Modality;
import org.caspian.analysis.tone.ToneStage;
import org.caspian.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes the sentences of one article in order, keeping the date anchor ("the next day") from one
 * sentence to the next. Created per article by {@link RuleEventCoder}; not thread-safe.
 */
final class SentenceCoder {
  private static final Logger LOG = LoggerFactory.getLogger(SentenceCoder.class);
  private final EventView v;
  private final CameoTaxonomy taxonomy;
  private final CodingRules rules;
  private final TriggerFinder finder;
  private final LocalDate published;
  private final SentenceDates dates;
  private final Trigger[] triggerAt;
  private final EventEmitter emitter;
  private final EmbeddingLinker linker;
  private final IndirectActs indirect;
  /** Roles by case and preposition, for a language that marks them so; null: by word order. */
  private final CaseRoleFinder cases;
  /** Verdicts on acts told before ("in what Yerevan called an escalation"), or null. */
  private final Evaluations evaluations;

  /** First actor of the previous sentence: the doer of an act that "the claim" points back at. */
  private ActorGroup previousFirst;
  private ActorGroup anaphorTarget;
  // Per-sentence state.
  private SentenceLayout layout;
  private RoleFinder roles;
  private ModalityFinder modality;
  private TargetFinder targetFinder;

  SentenceCoder(EventView v, CameoTaxonomy taxonomy, CodingRules rules, TriggerFinder finder,
      EventDateResolver dates, LocalDate published, CaseRoleFinder cases, ToneStage tone) {
    this.v = v;

    this.cases = cases;
    this.taxonomy = taxonomy;
    this.rules = rules;
    this.emitter = new EventEmitter(taxonomy, rules);
    this.finder = finder;
    this.published = published;
    this.dates = new SentenceDates(v, dates, published);
    this.triggerAt = new Trigger[v.tokens.size()];
    this.evaluations = tone == null ? null : new Evaluations(v, tone, triggerAt);
    this.linker = new EmbeddingLinker(v, triggerAt, cases != null);
    this.indirect = new IndirectActs(v, emitter);
  }

  List<Event> events() {
    return emitter.events();
  }

  /** Codes sentence {@code span}, tokens {@code [s, e)}; {@code actors} = usable groups in it. */
  void code(Span span, int s, int e, int actors) {
    ActorGroup before = previousFirst;
    previousFirst = v.firstActor(s, e);
    dates.read(s, e);
    // One actor is enough for an agentless passive ("Russian citizens were detained") and when it
    // may react to the previous sentence ("Baku denied the claim").
    if (actors < 1 || e <= s) {
      return;
    }
    anaphorTarget = before;
    List<Trigger> triggers = finder.find(v, s, e, triggerAt);
    if (triggers.isEmpty()) {
      return;
    }
    emitter.sentence(span, span.of(v.text));
    if (LOG.isTraceEnabled()) {
      LOG.trace("sentence {}", span.of(v.text).replace('\n', ' '));
    }
    layout = new SentenceLayout(v, s, e, triggers, triggerAt);
    roles = new RoleFinder(v, layout, triggerAt);
    modality = new ModalityFinder(v, layout, triggerAt, roles);
    targetFinder = new TargetFinder(v, taxonomy, layout, roles, triggerAt, anaphorTarget);
    linker.link(triggers, e);
    dates.assign(triggers, layout, triggerAt);
    for (Trigger t : triggers) {
      if (t.controller == null && t.standalone && !t.speech()) {
        codeTrigger(t);
      }
      if (LOG.isTraceEnabled()) {
        LOG.trace("trigger {}", TriggerTrace.describe(v, t));
      }
    }
    new StatementCoder(v, emitter, modality, dates, targetFinder, published).code(triggers,
        cases == null || cases.wordOrderStatements() ? layout.regions : List.of(), // not Russian
        new ReportedDemands(v, rules, triggerAt, roles));
    if (evaluations != null) {
      for (Evaluations.Verdict d : evaluations.find(s, e, roles, targetFinder)) {
        Trigger t = d.trigger();
        Stamp st = stamp(t, Modality.ASSERTED, Confidence.STATEMENT);
        String word = v.word(t.head);
        for (ActorGroup judged : d.judged()) {
          emitter.emit(t, t.pattern.code(), d.judge(), judged, Modality.ASSERTED,
              st.attribution(), st.date(), st.flags(), word);
        }
      }
    }
  }

  private void codeTrigger(Trigger t) {
    Trigger act = t.embedded != null ? t.embedded : t;
    String code = codeOf(t, act);
    if (cases != null) {
      codeByCase(t, act, code);
      return;
    }
    int flags = 0;
    List<ActorGroup> sources;
    List<ActorGroup> targets;
    boolean oneWay = false;
    if (!t.verb()) {
      NounRoleFinder.Roles nr = roles.noun(t);
      sources = nr.sources();
      targets = nr.targets();
      oneWay = nr.oneWay();
      t.sources = sources;
    } else if (roles.passive(t) != RoleFinder.ACTIVE) {
      List<ActorGroup> agents = roles.agent(t);
      targets = TargetFinder.reaction(t) && !agents.isEmpty()
          ? targetFinder.anaphoricPatient(t, agents.get(0)) : List.of();
      if (targets.isEmpty()) {
        targets = roles.passive(t) == RoleFinder.PASSIVE ? roles.subject(t)
            : roles.reducedPatient(t);
      }
      if (targets.isEmpty() && roles.passive(t) == RoleFinder.REDUCED
          && TargetFinder.hostOrMediate(code)) {
        targets = targetFinder.participants(t); // "a deal brokered by China": the deal's parties
      }
      sources = roles.agent(t);
      t.sources = sources;
      t.inherited = false;
      flags |= Confidence.PASSIVE;
    } else {
      sources = roles.subject(t);
      t.sources = sources;
      targets = targetFinder.active(t, act, code, sources);
    }
    if (t.inherited) {
      flags |= Confidence.INHERITED;
    }
    // A mutual act stays mutual only under a mutual verb ("agreed to hold talks"), never under
    // "refused to meet" or "threatened to ...".
    boolean sym = !oneWay && t.pattern.symmetric()
        && (t.embedded == null || act.pattern.symmetric() || targets.isEmpty())
        || targets.isEmpty() && sources.size() >= 2
        && (roles.reciprocal(t) || IndirectActs.mutual(code));
    Modality m = modality.of(t);
    if (LOG.isTraceEnabled()) {
      LOG.trace("roles {} sources={} targets={} passive={}", t.pattern.code(),
          sources.stream().map(g -> g.main().code()).toList(),
          targets.stream().map(g -> g.main().code()).toList(), (flags & Confidence.PASSIVE) != 0);
    }
    if (sources.isEmpty() && (flags & Confidence.PASSIVE) != 0 && !targets.isEmpty()
        && roles.passive(t) == RoleFinder.PASSIVE && IndirectActs.agentless(code)) {
      indirect.agentless(t, act, code, targets, m, stamp(t, m, flags));
      return;
    }
    if (sources.isEmpty() && !t.verb() && !targets.isEmpty() && !t.pattern.symmetric()
        && IndirectActs.forceful(code)) {
      // "the downing of a Russian warplane", "the detention of a U.S. pastor": no doer named
      emitUnknownSource(t, act, code, targets, m);
      return;
    }
    emitAll(t, act, code, sources, targets, sym, m, flags);
    if (t.embedded != null && "ACCUSE".equals(t.pattern.family())) {
      if (!targets.isEmpty()) {
        indirect.claimed(t, act, targets.get(0), roles);
      } else if (sources.size() >= 2 && (roles.reciprocal(t) || t.pattern.symmetric())) {
        indirect.claimedMutually(act, sources); // "accused each other of", "traded blame for
      }
    }
  }

  /**
   * {@code t} with roles by case: no nominative and no source slot leaves the doer unknown
   * ("задержали двух журналистов"), kept like an agentless passive.
   */
  private void codeByCase(Trigger t, Trigger act, String code) {
    CaseRoleFinder.Roles r = cases.find(t, layout.s, layout.e, triggerAt);
    List<ActorGroup> sources = r.sources();
    List<ActorGroup> targets = r.targets();
    if (targets.isEmpty() && act != t && !r.subjectless()) { // "пригрозил выслать дипломатов"
      targets = cases.find(act, layout.s, layout.e, triggerAt).targets();
    }
    SentenceLayout.Region region = layout.regionAt(t.head);
    if (sources.isEmpty() && r.pronoun() && region != null && region.speaker() != null
        && region.speaker().actor()) {
      sources = List.of(region.speaker()); // "«Мы осуждаем ...», — заявил Лавров"
    }
    t.sources = sources;
    Modality m = modality.of(t);
    if (sources.isEmpty()) {
      if (t.verb() && !targets.isEmpty() && IndirectActs.agentless(code)) {
        emitUnknownSource(t, act, code, targets, m);
      }
      return;
    }
    boolean sym = t.pattern.symmetric()
        || targets.isEmpty() && sources.size() >= 2 && IndirectActs.mutual(code);
    emitAll(t, act, code, sources, targets, sym, m, 0);
  }

  /** Events of {@code t} towards each of {@code targets} with no doer named. */
  private void emitUnknownSource(Trigger t, Trigger act, String code, List<ActorGroup> targets,
      Modality m) {
    Stamp st = stamp(t, m, Confidence.PASSIVE);
    String trigger = VerbPhrase.text(v, t, act, targets);
    for (ActorGroup tgt : targets) {
      emitter.emitUnknownSource(t, code, tgt, m, st.attribution(), st.date(), st.flags(),
          trigger);
    }
  }

  /**
   * Attribution, date and flags of the events coded from {@code t}: with no date in the sentence,
   * an asserted act takes the publication date, with less confidence.
   */
  private Stamp stamp(Trigger t, Modality m, int flags) {
    String attribution = attribution(t);
    int f = attribution == null ? flags : flags | Confidence.REPORTED;
    ResolvedDate rd = dates.of(t, m);
    LocalDate date = rd == null ? null : rd.date();
    if (m == Modality.ASSERTED && !dates.written(t)) {
      date = published;
      f |= Confidence.DEFAULT_DATE;
    }
    return new Stamp(attribution == null ? "" : attribution, date, f);
  }

  /** The CAMEO code of {@code t}: its own, or the one its family gives the embedded act. */
  private String codeOf(Trigger t, Trigger act) {
    String code = t.pattern.code();
    if (t.embedded != null) {
      String c = rules.embedded(t.pattern.family(), act.pattern.code());
      code = c != null ? c : code;
    } else if (!t.pattern.nominal().isEmpty() && VerbPhrase.nominalComplement(v, t, layout.e)) {
      code = t.pattern.nominal(); // "agreed on a monitoring mission": an agreement, not intent
    }
    return code;
  }

  private void emitAll(Trigger t, Trigger act, String code, List<ActorGroup> sources,
      List<ActorGroup> targets, boolean sym, Modality m, int flags) {
    if (sources.isEmpty()) {
      return;
    }
    Stamp stamp = stamp(t, m, flags);
    String attribution = stamp.attribution();
    LocalDate date = stamp.date();
    flags = stamp.flags();
    if (m == Modality.ASSERTED && dates.written(t) && date == null) {
      flags |= Confidence.VAGUE_DATE; // "raided the office three days after the funeral"
    }
    String trigger = VerbPhrase.text(v, t, act, targets);
    if (sym && sources.size() >= 2) {
      emitter.emitMutual(t, code, sources, m, attribution, date, flags, trigger);
    }
    if (targets.isEmpty()) {
      if (!(sym && sources.size() >= 2) && IndirectActs.unilateral(code)) {
        for (ActorGroup src : sources) { // "Armenia declared martial law"
          emitter.emitNoTarget(t, code, src, m, attribution, date, flags, trigger);
        }
      }
      return;
    }
    int compound = sources.size() * targets.size() > 1 ? Confidence.COMPOUND : 0;
    for (ActorGroup src : sources) {
      for (ActorGroup tgt : targets) {
        emitter.emit(t, code, src, tgt, m, attribution, date, flags | compound, trigger);
        // A verb goes from subject to object only, mutual or not ("met Putin", "signed a deal
        // with Baku"); a mutual noun ("talks between Baku and Yerevan") goes both ways.
        if (sym && !t.verb()) {
          emitter.emit(t, code, tgt, src, m, attribution, date, flags | compound, trigger);
        }
      }
    }
  }

  /** Who reports the act at {@code t} (its region's speaker, or an "according to"), or null. */
  private String attribution(Trigger t) {
    SentenceLayout.Region r = layout.regionAt(t.head);
    if (r != null && r.speaker() != null) {
      return r.speaker().label();
    }
    return layout.according != null ? layout.according.label() : null;
  }
}
