package org.caspian.analysis.events;

/** One-line descriptions of triggers for the TRACE log of {@link SentenceCoder}. Stateless. */
final class TriggerTrace {
  private TriggerTrace() {}

  /** The code, words and found doers of {@code t}, e.g. {@code 112 'blamed' ... sources=[UKR]}. */
  static String describe(EventView v, Trigger t) {
    StringBuilder w = new StringBuilder();
    for (int k : t.words) {
      w.append(w.length() == 0 ? "" : " ").append(v.text, v.tokens.start(k), v.tokens.end(k));
    }
    return t.pattern.code() + " '" + w + "' standalone=" + t.standalone + " controlled="
        + (t.controller != null) + " embeds=" + (t.embedded == null ? "-"
            : t.embedded.pattern.code()) + " sources=" + (t.sources == null ? "-"
            : t.sources.stream().map(g -> g.main().code()).toList());
  }
}
