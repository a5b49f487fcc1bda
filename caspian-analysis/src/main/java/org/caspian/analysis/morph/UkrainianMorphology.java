package org.caspian.analysis.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Ukrainian morphology from the dictionary of Lucene's morfologik module ({@code
 * lucene-analysis-morfologik}, which brings {@code ua.net.nlp:morfologik-ukrainian-search},
 * Apache 2.0, built from the dict_uk project): the readings of a word form. That dictionary is
 * made for search: forms are in lower case with "ґ" written "г", lemmas of proper nouns keep
 * their capital ("Зеленський"), and there is no synthesis dictionary, so {@link #paradigm} is
 * empty (walking the 3.5 million entries backwards per lemma is not done). Thread-safe, with one
 * morfologik lookup per thread as in {@link RussianMorphology}.
 */
public final class UkrainianMorphology implements Morphology {
  private static final String ANALYSIS = "/ua/net/nlp/ukrainian.dict";

  private final UkrainianTags tags = new UkrainianTags();
  private final ThreadLocal<DictionaryLookup> lookups;

  private UkrainianMorphology(FsaDictionary analysis) {
    this.lookups = ThreadLocal.withInitial(analysis::newLookup);
  }

  /**
   * Loads the dictionary from the class path.
   *
   * @throws IllegalStateException when it is missing or unreadable
   */
  public static UkrainianMorphology load() {
    return new UkrainianMorphology(FsaDictionary.load(ANALYSIS));
  }

  @Override
  public String language() {
    return "uk";
  }

  @Override
  public List<Analysis> analyze(CharSequence word) {
    String w = word.toString().toLowerCase(Locale.ROOT).replace('ґ', 'г').replace('’', '\'')
        .replace('ʼ', '\'');
    List<WordData> found = lookups.get().lookup(w);
    List<Analysis> out = new ArrayList<>();
    for (WordData wd : found) {
      String lemma = wd.getStem().toString();
      String tag = wd.getTag() == null ? "noninfl" : wd.getTag().toString();
      for (TagReading r : tags.read(tag)) {
        Analysis a = new Analysis(w, lemma, r.pos(), r.features(), tag);
        if (!out.contains(a)) {
          out.add(a);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Always empty: the dictionary has no synthesis part. */
  @Override
  public List<Analysis> paradigm(String lemma) {
    return List.of();
  }
}
