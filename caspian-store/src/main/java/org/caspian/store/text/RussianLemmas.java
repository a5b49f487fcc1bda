package org.caspian.store.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.caspian.analysis.lexicon.CaseEndingStemmer;
import org.caspian.analysis.morph.Analysis;
import org.caspian.analysis.morph.RussianMorphology;

/**
 * The dictionary forms of a Russian word: its lemmas in LanguageTool's dictionary ("пашиняну" →
 * пашинян, "россию" → россия), or, for a word the dictionary does not know, the bases the case
 * endings of {@code case_endings.tsv} allow (a rare surname in "-ову" → "-ов"). The dictionary is
 * an immutable constant of the process, loaded on first use (about 4 MB, well under a second), so
 * every index opened in one process shares it. Thread-safe.
 */
final class RussianLemmas implements Function<String, List<String>> {
  private final CaseEndingStemmer endings = CaseEndingStemmer.bundled("ru");

  /** The dictionary, loaded when this class is first touched. */
  private static final class Dictionary {
    static final RussianMorphology LOADED = RussianMorphology.load();
  }

  @Override
  public List<String> apply(String word) {
    List<Analysis> found = morphology().analyze(word);
    if (found.isEmpty()) {
      return endings.bases(word);
    }
    List<String> out = new ArrayList<>(found.size());
    for (Analysis a : found) {
      out.add(a.lemma().replace('ё', 'е'));
    }
    return out;
  }

  private static RussianMorphology morphology() {
    return Dictionary.LOADED;
  }
}
