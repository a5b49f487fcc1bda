package org.caspian.analysis.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caspian.model.Modality;

/**
 * Dates for the triggers of an article, sentence by sentence. Keeps the anchor: the last
 * day-precise date mentioned so far, for "the next day". Within a sentence a date cue belongs to
 * the verb it follows, or to the next verb when "and" or a comma comes between ("summoned the
 * envoy and the next day cancelled the visit"); a cue before the first verb covers every verb
 * without its own; a verb without a cue borrows one from the verb coordinated with it, an act
 * reported by a speech verb borrows the speech verb's; nouns take the cues verbs leave. A cue that
 * dates its complement ("three days after the raids") goes to the first trigger after it, counted
 * back from the anchor, and leaves the verb before it undated. Created per article; not
 * thread-safe.
 */
final class SentenceDates {
  private final EventView v;
  private final EventDateResolver dates;
  private final LocalDate published;
  private final List<Trigger> nouns = new ArrayList<>();
  private LocalDate anchor;
  private List<DateCue> cues = List.of();
  private ResolvedDate[] resolved = new ResolvedDate[0];
  private LocalDate[] anchorBefore = new LocalDate[0];
  private int defaultCue;
  private SentenceLayout layout;
  private Trigger[] triggerAt;

  SentenceDates(EventView v, EventDateResolver dates, LocalDate published) {
    this.v = v;
    this.dates = dates;
    this.published = published;
  }

  /** Finds and resolves the cues of tokens {@code [s, e)}, moving the anchor along. */
  void read(int s, int e) {
    cues = dates.find(v.text, v.tokens, v.wid, s, e);
    resolved = new ResolvedDate[cues.size()];
    anchorBefore = new LocalDate[cues.size()];
    for (int c = 0; c < cues.size(); c++) {
      anchorBefore[c] = anchor;
      resolved[c] = EventDateResolver.resolve(cues.get(c), published, anchor, false);
      if (resolved[c] != null && resolved[c].precision() == ResolvedDate.Precision.DAY
          && !cues.get(c).complement()) {
        anchor = resolved[c].date();
      }
    }
  }

  /**
   * The date written for {@code t} (resolved forward for planned events), or null when the
   * sentence gives none for it or it cannot be resolved.
   */
  ResolvedDate of(Trigger t, Modality m) {
    int ci = cueFor(t);
    if (ci < 0 || t.undated) {
      return null;
    }
    return m == Modality.PLANNED
        ? EventDateResolver.resolve(cues.get(ci), published, anchorBefore[ci], true)
        : resolved[ci];
  }

  /** Whether the sentence gives any date for {@code t}, resolvable or not. */
  boolean written(Trigger t) {
    return t.undated || cueFor(t) >= 0;
  }

  /** Gives each date cue of the sentence to the trigger it belongs to. */
  void assign(List<Trigger> triggers, SentenceLayout layout, Trigger[] triggerAt) {
    this.layout = layout;
    this.triggerAt = triggerAt;
    List<Trigger> owners = owners(triggers);
    defaultCue = -1;
    if (owners.isEmpty() || cues.isEmpty()) {
      return;
    }
    if (cues.get(0).first() < owners.get(0).head && !cues.get(0).complement()) {
      defaultCue = 0;
    }
    for (int c = 0; c < cues.size(); c++) {
      if (cues.get(c).complement()) {
        complement(triggers, owners, c);
        continue;
      }
      Trigger owner = ownerOf(owners, cues.get(c).first());
      if (owner != null && owner.cue < 0) {
        owner.cue = c;
      }
    }
    nounCues(owners);
  }

  /**
   * The free triggers that own cues, in order: the verbs, or the nouns when there is no verb.
   * Verbs own cues; a noun ("during negotiations on February 22") only takes what they leave, so
   * the nouns left over are kept in {@link #nouns}.
   */
  private List<Trigger> owners(List<Trigger> triggers) {
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
    return owners;
  }

  /**
   * The owner a cue at token {@code pos} belongs to: the one before it, or the one after it when
   * "and" or a comma comes between; null when there is none.
   */
  private Trigger ownerOf(List<Trigger> owners, int pos) {
    Trigger prev = null;
    Trigger next = null;
    for (Trigger t : owners) {
      if (t.head < pos) {
        prev = t;
      } else if (next == null) {
        next = t;
      }
    }
    if (prev == null || next == null) {
      return prev == null ? next : prev;
    }
    boolean sep = false;
    for (int k = prev.last + 1; k < pos; k++) {
      sep |= v.any(k, WordRole.AND.bit() | WordRole.COMMA.bit());
    }
    return sep ? next : prev;
  }

  /** Gives each noun without a cue the nearest cue no owner took. */
  private void nounCues(List<Trigger> owners) {
    for (Trigger n : nouns) {
      if (n.cue >= 0) {
        continue;
      }
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

  /**
   * "X came three days after the deaths of ... during raids by ...": the cue dates the first
   * trigger after it; a verb right before it is dated relative to something undated, so gets none.
   */
  private void complement(List<Trigger> triggers, List<Trigger> owners, int c) {
    DateCue cue = cues.get(c);
    for (Trigger t : triggers) {
      if (t.head > cue.last() && t.controller == null && t.standalone) {
        if (t.cue < 0) {
          t.cue = c;
        }
        break;
      }
    }
    Trigger prev = null;
    for (Trigger t : owners) {
      if (t.head < cue.first()) {
        prev = t;
      }
    }
    if (prev != null && prev.cue < 0 && !prev.speech()) {
      prev.undated = true;
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
}
