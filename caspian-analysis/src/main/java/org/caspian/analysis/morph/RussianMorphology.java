package org.caspian.analysis.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Russian morphology from LanguageTool's dictionaries (LGPL, from the AOT project; see the
 * {@code NOTICE} beside this class): {@code russian.dict} gives the readings of a word form,
 * {@code russian_synth.dict} the forms of a lemma. Words are looked up in lower case; a word not
 * found with "ё" is tried with "е" (the dictionary already lists "е" spellings of "ё" words).
 *
 * <p>Thread-safe: the automata are immutable; a morfologik lookup reuses its buffers, so each
 * thread gets its own (kept per thread, which {@code MorphologyBench} measured against one lookup
 * per call).
 */
public final class RussianMorphology implements Morphology {
  private static final Logger LOG = LoggerFactory.getLogger(RussianMorphology.class);
  private static final String ANALYSIS = "/org/languagetool/resource/ru/russian.dict";
  private static final String SYNTHESIS = "/org/languagetool/resource/ru/russian_synth.dict";

  private final FsaDictionary analysis;
  private final FsaDictionary synthesis;
  private final RussianTags tags = new RussianTags();
  private final ThreadLocal<DictionaryLookup> lookups;

  private RussianMorphology(FsaDictionary analysis, FsaDictionary synthesis) {
    this.analysis = analysis;
    this.synthesis = synthesis;
    this.lookups = ThreadLocal.withInitial(analysis::newLookup);
  }

  /**
   * Loads the bundled dictionaries (about 4 MB, read in well under a second).
   *
   * @throws IllegalStateException when a dictionary is missing from the class path or unreadable
   */
  public static RussianMorphology load() {
    long t0 = System.nanoTime();
    RussianMorphology m = new RussianMorphology(FsaDictionary.load(ANALYSIS),
        FsaDictionary.load(SYNTHESIS));
    LOG.debug("Russian dictionaries loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    return m;
  }

  @Override
  public String language() {
    return "ru";
  }

  @Override
  public List<Analysis> analyze(CharSequence word) {
    String w = word.toString().toLowerCase(Locale.ROOT);
    List<Analysis> out = lookup(lookups.get(), w);
    if (out.isEmpty() && w.indexOf('ё') >= 0) {
      out = lookup(lookups.get(), w.replace('ё', 'е'));
    }
    return out;
  }

  /** {@link #analyze} with a given lookup (package use: the benchmark). */
  List<Analysis> lookup(DictionaryLookup lookup, String lowerCase) {
    List<WordData> found = lookup.lookup(lowerCase);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Analysis> out = new ArrayList<>(found.size());
    for (WordData wd : found) {
      String lemma = wd.getStem().toString();
      String tag = wd.getTag() == null ? "Misc" : wd.getTag().toString();
      if (!contains(out, lemma, tag)) {
        TagReading r = tags.read(tag);
        out.add(new Analysis(lowerCase, lemma, r.pos(), r.features(), tag));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Analysis> paradigm(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    List<Analysis> out = new ArrayList<>();
    for (FsaDictionary.Entry e : synthesis.withPrefix(l + "|")) {
      TagReading r = tags.read(e.keyRest());
      out.add(new Analysis(e.value(), l, r.pos(), r.features(), e.keyRest()));
    }
    return List.copyOf(out);
  }

  /** A new lookup of the analysis dictionary (package use: the benchmark). */
  DictionaryLookup newLookup() {
    return analysis.newLookup();
  }

  private static boolean contains(List<Analysis> list, String lemma, String tag) {
    for (Analysis a : list) {
      if (a.lemma().equals(lemma) && a.tag().equals(tag)) {
        return true;
      }
    }
    return false;
  }
}
