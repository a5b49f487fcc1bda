package org.caspian.analysis.events;

import java.util.List;

/**
 * Reads the words that follow a trigger's verb: what kind of complement it takes, and the verb
 * phrase as written for an event's trigger text.
 */
final class VerbPhrase {
  private static final long SEP_OR_BREAK = WordRole.AND.bit() | WordRole.COMMA.bit()
      | WordRole.HARD.bit() | WordRole.STOP.bit();

  private VerbPhrase() {
  }

  /**
   * Whether verb {@code t} takes "that ...", "on ..." or "to" + a noun phrase ("to a mission",
   * "to Baku's proposal") rather than an infinitive; actors and a few words (place, day) may come
   * between. {@code sentenceEnd} is the exclusive token end of the sentence.
   */
  static boolean nominalComplement(EventView v, Trigger t, int sentenceEnd) {
    int end = Math.min(sentenceEnd, t.last + 8);
    for (int k = t.last + 1; k < end; k++) {
      ActorGroup g = v.group(k);
      if (g != null) {
        k = g.last();
        continue;
      }
      if (v.has(k, WordRole.THAT)) {
        return true;
      }
      if (v.has(k, WordRole.TO)) {
        return k + 1 < sentenceEnd && (v.has(k + 1, WordRole.DET) || v.group(k + 1) != null);
      }
      if (v.any(k, SEP_OR_BREAK)) {
        return false;
      }
      if (v.has(k, WordRole.PREP) && isOn(v, k)
          && !(k + 1 < sentenceEnd && v.has(k + 1, WordRole.DATE))) {
        return true; // "agreed on a mission", not "agreed on Friday"
      }
    }
    return false;
  }

  private static boolean isOn(EventView v, int k) {
    String w = v.text(k, k);
    return w.equalsIgnoreCase("on") || w.equalsIgnoreCase("upon");
  }

  /**
   * The verb phrase as written: the pattern's words (and the embedded act's) up to the first
   * actor inside it, plus a preposition that introduces the target ("apologised to", "carried out
   * a search at"): "summoned", not "summoned Russia's chargé".
   */
  static String text(EventView v, Trigger t, Trigger act, List<ActorGroup> targets) {
    int stop = Math.max(t.last, act.last);
    for (int k = t.head + 1; k <= stop; k++) {
      if (v.group(k) != null) {
        stop = k - 1;
        break;
      }
    }
    int last = lastWithin(t.words, t.head, stop);
    if (act != t) {
      if (t.marker >= 0 && t.marker <= stop) {
        last = Math.max(last, t.marker);
      }
      last = lastWithin(act.words, last, stop);
    }
    if (targetPreposition(v, act, targets, last + 1, stop)) {
      last++;
    }
    return v.text(t.head, last);
  }

  /** Whether the word at {@code p}, right after the phrase, introduces the first target. */
  private static boolean targetPreposition(EventView v, Trigger act, List<ActorGroup> targets,
      int p, int stop) {
    int q = p + 1;
    while (!targets.isEmpty() && q < targets.get(0).first() && v.has(q, WordRole.DET)) {
      q++;
    }
    return !targets.isEmpty() && p == stop + 1 && q == targets.get(0).first()
        && v.has(p, WordRole.PREP)
        && !v.any(p, WordRole.BY.bit() | WordRole.OF.bit())
        && (!v.has(p, WordRole.OBLIQUE) || act.pattern.site() && v.has(p, WordRole.SITE));
  }

  private static int lastWithin(int[] words, int last, int stop) {
    for (int w : words) {
      if (w <= stop) {
        last = Math.max(last, w);
      }
    }
    return last;
  }
}
