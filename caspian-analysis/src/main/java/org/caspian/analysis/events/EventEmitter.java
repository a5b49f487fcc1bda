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
 * Turns a coded source-act-target triple into an {@link Event}, or drops it: an actor never acts
 * on itself, two actors of one country only under a code that allows it ({@link
 * CodingRules#domestic}) and when the source has a role (not "Iran" on "Iranian forces"), the
 * same triple from the same trigger only once, and one consultation
 * (04x) per dyad and modality in a sentence. Weight, quad class
 * and PLOVER come from the taxonomy. Created per article; not thread-safe.
 */
final class EventEmitter {
  /** The source of an act whose doer the text does not name, or the target of a unilateral act. */
  static final ActorRef UNKNOWN = new ActorRef("", "", "");

  private final CameoTaxonomy taxonomy;
  private final CodingRules rules;
  private final List<Event> out = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private Span span;
  private String sentenceText;

  EventEmitter(CameoTaxonomy taxonomy, CodingRules rules) {
    this.taxonomy = taxonomy;
    this.rules = rules;
  }

  /** Starts a new sentence: the span and text every event gets. */
  void sentence(Span span, String text) {
    this.span = span;
    this.sentenceText = text;
  }

  List<Event> events() {
    return out;
  }

  int size() {
    return out.size();
  }

  /**
   * An act whose doer the text does not name ("several Russian citizens were detained"): kept with
   * an empty source, so it is searchable and shown with its article, but it enters no dyad.
   */
  void emitUnknownSource(Trigger t, String code, ActorGroup tgt, Modality m, String attribution,
      LocalDate date, int flags, String trigger) {
    ActorRef b = tgt.main().ref();
    if (!seen.add("|" + b.code() + '|' + code + '|' + t.head)) {
      return;
    }
    add(date, UNKNOWN, b, code, m, attribution, trigger,
        Confidence.of(t.pattern, 0, targetGap(t, tgt), flags | Confidence.PASSIVE));
  }

  /**
   * A unilateral act with no target ("Armenia declared martial law"): kept with an empty target;
   * like an unknown source, it enters no dyad.
   */
  void emitNoTarget(Trigger t, String code, ActorGroup src, Modality m, String attribution,
      LocalDate date, int flags, String trigger) {
    ActorRef a = src.main().ref();
    if (!seen.add(a.code() + "||" + code + '|' + t.head)) {
      return;
    }
    add(date, a, UNKNOWN, code, m, attribution, trigger,
        Confidence.of(t.pattern, sourceGap(t, src), 0, flags));
  }

  void emit(Trigger t, String code, ActorGroup src, ActorGroup tgt, Modality m,
      String attribution, LocalDate date, int flags, String trigger) {
    if (src == tgt) {
      return;
    }
    ActorRef a = src.main().ref();
    ActorRef b = tgt.main().ref();
    if (a.code().equals(b.code())
        || !a.country().isEmpty() && a.country().equals(b.country())
        && (a.code().equals(a.country()) && !rebels(b)
        || !rules.domestic(code) && b.code().equals(b.country()))) {
      // A domestic act needs a doer with a role ("Iran" on "Iranian forces" is a misreading) and,
      // outside the codes that are domestic by nature, a target with a role too: "the government
      // threatened the opposition" is coded, "the government praised Armenia" is not.
      return;
    }
    if (!seen.add(a.code() + '|' + b.code() + '|' + code + '|' + t.head + '|' + src.first())) {
      return;
    }
    // "held talks ... at a meeting hosted by": one consultation per dyad and sentence.
    if (code.startsWith("04") && !seen.add(a.code() + '|' + b.code() + "|04|" + m + '|' + span)) {
      return;
    }
    int srcGap = (flags & Confidence.INHERITED) != 0 ? 0 : sourceGap(t, src);
    int f = src.media() ? flags | Confidence.MEDIA : flags;
    add(date, a, b, code, m, attribution, trigger,
        Confidence.of(t.pattern, srcGap, targetGap(t, tgt), f));
  }

  /**
   * Whether {@code r} is a country's rebels or separatists: a state acts on them as on another
   * party ("Ukraine accused separatists of ..."), so a bare country may be the doer.
   */
  private static boolean rebels(ActorRef r) {
    return r.code().length() == r.country().length() + 3 && r.code().endsWith("REB");
  }

  /** Adds the event, with the weight, quad class and PLOVER category of {@code code}. */
  private void add(LocalDate date, ActorRef a, ActorRef b, String code, Modality m,
      String attribution, String trigger, double conf) {
    code = militaryForce(code, a);
    CameoCode c = taxonomy.require(code);
    out.add(new Event(date, a, b, code, c.plover(), c.goldstein(), c.quad(), m, attribution, span,
        sentenceText, trigger, conf));
  }

  /**
   * A killing or beating (180, 182x) by a military or by a state is its use of military force
   * (190): CAMEO keeps "kill by physical assault" for assaults outside combat, and the news
   * coders code a state's or an army's killings as fighting (30 of 31 with a military source).
   * Abductions, bombings and assassinations (181, 183, 185) keep their own codes.
   */
  private static String militaryForce(String code, ActorRef source) {
    if (!code.equals("180") && !code.startsWith("182")) {
      return code;
    }
    boolean state = !source.country().isEmpty() && source.code().equals(source.country());
    return state || source.code().endsWith("MIL") ? "190" : code;
  }

  /** Tokens between the source and the trigger, on whichever side the source stands. */
  private static int sourceGap(Trigger t, ActorGroup src) {
    return Math.max(0, src.last() < t.head ? t.head - src.last() - 1 : src.first() - t.last - 1);
  }

  /** Tokens between the trigger and its target, on whichever side the target stands. */
  private static int targetGap(Trigger t, ActorGroup tgt) {
    return Math.max(0, tgt.first() > t.last ? tgt.first() - t.last - 1 : t.head - tgt.last() - 1);
  }

  /** "Aliyev and Pashinyan signed ..., with Trump ...": the subjects act on each other too. */
  void emitMutual(Trigger t, String code, List<ActorGroup> sources, Modality m,
      String attribution, LocalDate date, int flags, String trigger) {
    for (int i = 0; i < sources.size(); i++) {
      for (int j = 0; j < sources.size(); j++) {
        if (i != j) {
          emit(t, code, sources.get(i), sources.get(j), m, attribution, date,
              flags | Confidence.COMPOUND, trigger);
        }
      }
    }
  }
}
