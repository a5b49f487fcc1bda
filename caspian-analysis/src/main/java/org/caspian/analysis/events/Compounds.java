package org.caspian.analysis.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordinated actors: "X and Y", "X, Y and Z", "X and his counterpart Y", and partners in one hyphenated word
 * ("Russia-Azerbaijan"). Working state of one sentence; not thread-safe.
 */
final class Compounds {
  private static final long SEP = WordRole.AND.bit() | WordRole.COMMA.bit();
  private static final long BREAK = WordRole.HARD.bit() | WordRole.STOP.bit();

  private final EventView v;
  private final SentenceLayout layout;
  private final Trigger[] triggerAt;

  Compounds(EventView v, SentenceLayout layout, Trigger[] triggerAt) {
    this.v = v;
    this.layout = layout;
    this.triggerAt = triggerAt;
  }

  private boolean usable(ActorGroup g) {
    return g.actor() && g != layout.according;
  }

  /** The verb whose object {@code g} is, if one stands right before it. */
  Trigger verbBefore(ActorGroup g, int lo) {
    for (int j = g.first() - 1; j >= Math.max(lo, g.first() - 8); j--) {
      if (v.group(j) != null || v.any(j, SEP | BREAK)) {
        return null;
      }
      Trigger o = triggerAt[j];
      if (o != null && o.verb() && !o.speech()) {
        return o;
      }
    }
    return null;
  }

  /** {@code g} and the actors coordinated before it. */
  List<ActorGroup> left(ActorGroup g, int lo) {
    List<ActorGroup> out = new ArrayList<>(2);
    out.add(g);
    addPartner(g, out);
    ActorGroup cur = g;
    while (true) {
      int k = cur.first() - 1;
      int dets = 0;
      while (k >= lo && v.has(k, WordRole.DET) && dets < 2) {
        k--; // "X and his Armenian counterpart Y"
        dets++;
      }
      int seps = 0;
      while (k >= lo && v.any(k, SEP) && seps < 2) {
        k--;
        seps++;
      }
      ActorGroup prev = seps == 0 || k < lo ? null : v.group(k);
      if (prev == null || prev.last() != k || !usable(prev) || verbBefore(prev, lo) != null
          || out.contains(prev)) {
        return out;
      }
      out.add(0, prev);
      addPartner(prev, out);
      cur = prev;
    }
  }

  /** {@code g} and the actors coordinated after it, up to token {@code hi}. */
  List<ActorGroup> right(ActorGroup g, int hi) {
    List<ActorGroup> out = new ArrayList<>(2);
    out.add(g);
    addPartner(g, out);
    ActorGroup cur = g;
    while (true) {
      int k = cur.last() + 1;
      int seps = 0;
      while (k < hi && v.any(k, SEP) && seps < 2) {
        k++;
        seps++;
      }
      for (int dets = 0; seps > 0 && k < hi && v.has(k, WordRole.DET) && dets < 2; dets++) {
        k++;
      }
      ActorGroup next = seps == 0 || k >= hi ? null : v.group(k);
      if (next == null || next.first() != k || !usable(next) || out.contains(next)) {
        return out;
      }
      int after = next.last() + 1;
      if (after < hi && triggerAt[after] != null && triggerAt[after].verb()) {
        return out; // "... and Moscow responded": a new subject
      }
      out.add(next);
      addPartner(next, out);
      cur = next;
    }
  }

  private void addPartner(ActorGroup g, List<ActorGroup> out) {
    if (g.partner() >= 0) {
      ActorGroup p = v.groups.get(g.partner());
      if (!out.contains(p) && p.actor()) {
        out.add(p);
      }
    }
  }
}
