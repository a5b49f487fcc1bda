package org.caspian.query.ach;

import java.util.List;
import java.util.Objects;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Event;
import org.caspian.model.Quote;
import org.caspian.store.ArticleStore;

/**
 * Finds the text an evidence reference points at in the store: an event's sentence, a quote's
 * words with its speaker, an article's title; each prefixed with the outlet and date.
 */
public final class EvidenceResolver {
  private final ArticleStore store;

  /** Reads articles from {@code store}. */
  public EvidenceResolver(ArticleStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * The text of the item {@code reference} names.
   *
   * @throws IllegalArgumentException naming the reference when the article or item is not there
   */
  public String text(EvidenceKind kind, String reference) {
    if (kind == EvidenceKind.NOTE) {
      throw new IllegalArgumentException("a note has no reference to look up");
    }
    String ref = reference == null ? "" : reference.trim();
    int hash = ref.lastIndexOf('#');
    String id = kind == EvidenceKind.ARTICLE || hash < 0 ? ref : ref.substring(0, hash);
    AnalyzedArticle a = store.get(id).orElseThrow(() -> new IllegalArgumentException(
        "no article " + id + " in the index (reference " + ref + ")"));
    String prefix = a.article().source() + ", " + (a.article().published() == null ? "undated"
        : a.article().published().toString()) + ": ";
    if (kind == EvidenceKind.ARTICLE) {
      return prefix + a.article().title();
    }
    int n = ordinal(ref, hash);
    if (kind == EvidenceKind.EVENT) {
      List<Event> events = a.events();
      check(n, events.size(), ref, "event");
      return prefix + events.get(n).text().strip();
    }
    List<Quote> quotes = a.quotes();
    check(n, quotes.size(), ref, "quote");
    Quote q = quotes.get(n);
    return prefix + (q.speaker().isEmpty() ? "" : q.speaker() + ": ") + "\u201c" + q.text().strip()
        + "\u201d";
  }

  private static int ordinal(String ref, int hash) {
    if (hash < 0) {
      throw new IllegalArgumentException("reference " + ref + " must be articleId#n");
    }
    try {
      return Integer.parseInt(ref.substring(hash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("reference " + ref + " must end in #number");
    }
  }

  private static void check(int n, int size, String ref, String what) {
    if (n < 0 || n >= size) {
      throw new IllegalArgumentException("article has no " + what + " #" + n + " (reference "
          + ref + "; it has " + size + ")");
    }
  }
}
