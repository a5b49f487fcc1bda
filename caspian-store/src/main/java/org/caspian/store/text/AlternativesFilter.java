package org.caspian.store.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps every token and adds, at the same position and with the same offsets, the other terms a
 * function gives for it (dictionary forms, other spellings). Indexed on both sides, a word and its
 * forms meet on a shared term. Answers are remembered per filter (a filter serves one thread), up
 * to {@value #CACHE} words.
 */
public final class AlternativesFilter extends TokenFilter {
  private static final int CACHE = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Function<String, List<String>> alternatives;
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private final Map<String, List<String>> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
      return size() > CACHE;
    }
  };
  private AttributeSource.State current;

  /**
   * @param alternatives the other terms of a token, never including the token itself; must not
   *     return null
   */
  public AlternativesFilter(TokenStream input, Function<String, List<String>> alternatives) {
    super(input);
    this.alternatives = alternatives;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    List<String> more = cache.get(word);
    if (more == null) {
      more = alternatives.apply(word).stream().filter(t -> !t.equals(word)).distinct().toList();
      cache.put(word, more);
    }
    if (!more.isEmpty()) {
      pending.addAll(more);
      current = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
