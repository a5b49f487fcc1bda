package org.caspian.analysis.events;

import java.util.List;
import org.caspian.analysis.lexicon.Form;

/**
 * Links a verb with a family to the act it embeds ("threatened to expel", "said that ... would
 * recognise", or with no marker an infinitive right after it: "пригрозил выслать"), so the act is coded once, under its controlling verb. One per article; not
 * thread-safe.
 */
final class EmbeddingLinker {
  private static final long SEP_OR_BREAK = WordRole.AND.bit() | WordRole.COMMA.bit()
      | WordRole.HARD.bit() | WordRole.STOP.bit();
  private static final long MARKER = WordRole.TO.bit() | WordRole.THAT.bit() | WordRole.OF.bit()
      | WordRole.FOR.bit();

  private final EventView v;
  private final Trigger[] triggerAt;
  private final boolean bareInfinitives;

  /**
   * @param bareInfinitives whether the language embeds an infinitive with no marker (Russian);
   *     English always has "to"
   */
  EmbeddingLinker(EventView v, Trigger[] triggerAt, boolean bareInfinitives) {
    this.v = v;
    this.triggerAt = triggerAt;
    this.bareInfinitives = bareInfinitives;
  }

  /** Links the controlling verbs among {@code triggers} of a sentence ending at token {@code e}. */
  void link(List<Trigger> triggers, int e) {
    for (Trigger c : triggers) {
      if (c.pattern.family().isEmpty() || !c.standalone || !c.verb() || c.controller != null) {
        continue;
      }
      int marker = marker(c, e);
      if (marker >= 0) {
        embed(c, marker, e);
      } else if (bareInfinitives) {
        bareInfinitive(c, e);
      }
    }
  }

  /**
   * In a language with no infinitive marker, the infinitive after the controlling verb, over its
   * object and prepositions ("пригрозил выслать", "потребовала от Баку освободить"): embedded
   * when it is a verb read only as a base form.
   */
  private void bareInfinitive(Trigger c, int e) {
    for (int k = c.last + 1; k < Math.min(e, c.last + 8); k++) {
      ActorGroup g = v.group(k);
      if (g != null) {
        k = g.last();
        continue;
      }
      Trigger inner = triggerAt[k];
      if (inner != null) {
        if (inner != c && inner.verb() && !inner.speech() && inner.controller == null
            && inner.form == Form.BASE) {
          c.embedded = inner;
          inner.controller = c;
          inner.standalone = false;
        }
        return;
      }
      if (v.any(k, SEP_OR_BREAK)) {
        return;
      }
    }
  }

  /** The "to", "that", "of" or "for" soon after verb {@code c}, or -1 when none comes first. */
  private int marker(Trigger c, int e) {
    for (int k = c.last + 1; k < Math.min(e, c.last + 7); k++) {
      ActorGroup g = v.group(k);
      if (g != null) {
        k = g.last();
        continue;
      }
      if (v.any(k, MARKER)) {
        return k;
      }
      if (triggerAt[k] != null || v.any(k, SEP_OR_BREAK)) {
        break;
      }
    }
    return -1;
  }

  /** Makes the first free act after {@code marker} (before a break) the one {@code c} embeds. */
  private void embed(Trigger c, int marker, int e) {
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
