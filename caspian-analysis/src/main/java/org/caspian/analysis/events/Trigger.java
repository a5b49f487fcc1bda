package org.caspian.analysis.events;

import java.util.List;

/**
 * A pattern matched in a sentence, with what the rules later find out about it. Working state of
 * one {@link SentenceCoder} call; never shared between threads.
 */
final class Trigger {
  final Pattern pattern;
  /** Token of the first word. */
  final int head;
  /** Token of the last matched word. */
  final int last;
  /** Tokens matched by the pattern's words, in order (the head first). */
  final int[] words;
  /** {@link Form} bits of the head as written. */
  final int form;

  /** False when it may only be coded inside a controlling verb ("accused X of shelling"). */
  boolean standalone = true;
  /** The verb that embeds this one, or null. */
  Trigger controller;
  /** For a verb with a family: the act it embeds, or null. */
  Trigger embedded;
  /** Token of "to"/"that"/"of"/"for" that opens an embedded act, or -1. */
  int marker = -1;
  /** Source actors once found (null before, empty when none). */
  List<ActorGroup> sources;
  /** Whether {@link #sources} came from a coordinated earlier verb. */
  boolean inherited;
  /** Index into the sentence's date cues of the cue it owns, or -1. */
  int cue = -1;
  /** Dated only relative to an undated event ("three days after the funeral"): no date. */
  boolean undated;

  Trigger(Pattern pattern, int head, int last, int[] words, int form) {
    this.pattern = pattern;
    this.head = head;
    this.last = last;
    this.words = words;
    this.form = form;
  }

  boolean verb() {
    return !pattern.noun();
  }

  boolean speech() {
    return pattern.speech();
  }

  /** Whether token {@code t} is one of the pattern's words. */
  boolean covers(int t) {
    for (int w : words) {
      if (w == t) {
        return true;
      }
    }
    return false;
  }
}
