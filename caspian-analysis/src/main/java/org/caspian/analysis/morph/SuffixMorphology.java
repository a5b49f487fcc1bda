package org.caspian.analysis.morph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caspian.analysis.morph.Features.GrammaticalCase;

/**
 * The morphology of a language with agglutinated case endings and no dictionary here
 * (Azerbaijani, Armenian), from the endings of {@code suffixes.tsv}: a word's readings are the
 * noun and verb endings it can be split into, Azerbaijani vowel harmony and buffer consonants
 * checked, so "Rusiyanın" is a genitive, "Bakıya" a dative, "Լավրովի" a genitive-dative and
 * "görüşdü" a past verb. A word with no ending, or with only an ending that might as well be the
 * last letters of its stem ("Bakı", "Moskva", "naziri"), is also a bare nominative; Armenian bare
 * nouns are nominative or accusative. The lemma of a noun reading is the word without its
 * ending, which for a word with several splits may not be a real word; the lemma of a verb
 * reading its infinitive.
 *
 * <p>{@link #paradigm} gives the forms of a verb from its infinitive (affirmative forms only: a
 * negated verb is another word here) and the case forms of a noun. In these languages a noun
 * phrase carries its case once, on its last word, and postpositions follow it ({@link
 * #caseOnLastWord()}). Immutable and thread-safe.
 */
public final class SuffixMorphology implements Morphology {
  private static final int MIN_STEM = 2;

  private final String lang;
  private final Locale locale;
  private final boolean harmony;
  private final SuffixTable table;

  private SuffixMorphology(String lang, SuffixTable table) {
    this.lang = lang;
    this.locale = Locale.forLanguageTag(lang);
    this.harmony = "az".equals(lang);
    this.table = table;
  }

  /**
   * The morphology of {@code lang} (az or hy) from the bundled {@code suffixes.tsv}.
   *
   * @throws IllegalStateException when the file has no endings for the language or a bad row
   */
  public static SuffixMorphology load(String lang) {
    return new SuffixMorphology(lang, SuffixTable.load(lang));
  }

  @Override
  public String language() {
    return lang;
  }

  @Override
  public boolean caseOnLastWord() {
    return true;
  }

  @Override
  public List<Analysis> analyze(CharSequence word) {
    String w = word.toString().toLowerCase(locale);
    List<Analysis> out = new ArrayList<>();
    if (w.length() < MIN_STEM) {
      return out;
    }
    if (table.bare().contains(w)) {
      out.add(bareNoun(w, GrammaticalCase.NOMINATIVE));
      return out;
    }
    List<GrammaticalCase> irregular = table.forms().get(w);
    if (irregular != null) {
      for (GrammaticalCase c : irregular) {
        out.add(new Analysis(w, w, PartOfSpeech.NOUN, caseOnly(c), "form"));
      }
      return out;
    }
    List<Analysis> weakOnes = new ArrayList<>();
    for (SuffixRule r : table.rules()) {
      String stem = split(w, r);
      if (stem == null) {
        continue;
      }
      String spelled = w.substring(r.prefix().length() + stem.length());
      boolean vague = weak(r) && !spelled.isEmpty() && VowelHarmony.vowel(spelled.charAt(0));
      List<Analysis> into = vague ? weakOnes : out;
      if (r.pos() == PartOfSpeech.VERB) {
        into.add(new Analysis(w, lemma(stem, r.verbClass()), PartOfSpeech.VERB,
            r.features(null), "verb:" + r.template()));
      } else {
        for (GrammaticalCase c : r.cases()) {
          into.add(new Analysis(w, stem, PartOfSpeech.NOUN, r.features(c), "case:" + r.template()));
        }
      }
    }
    boolean sure = !out.isEmpty();
    if (!sure) { // a vowel-first ending alone: the word may as well be bare ("Bakı", "naziri")
      out.addAll(weakOnes);
      out.add(0, bareNoun(w, GrammaticalCase.NOMINATIVE));
      if (!harmony) {
        out.add(1, bareNoun(w, GrammaticalCase.ACCUSATIVE)); // "Ռուսաստան" as an object
      }
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** Whether a reading by {@code r} leaves the bare nominative possible (vowel-first endings). */
  private static boolean weak(SuffixRule r) {
    return r.weak() || r.pos() == PartOfSpeech.VERB;
  }

  /** The stem of {@code w} under rule {@code r}, or null when the rule cannot have made it. */
  private String split(String w, SuffixRule r) {
    if (!w.startsWith(r.prefix())) {
      return null;
    }
    for (String s : r.spellings()) { // longest first: "Rusiya-nın" before "Rusiyan-ın"
      int cut = w.length() - s.length();
      if (cut - r.prefix().length() < MIN_STEM || !w.endsWith(s)) {
        continue;
      }
      String stem = w.substring(r.prefix().length(), cut);
      if (build(stem, r).equals(w)) {
        return stem;
      }
    }
    return null;
  }

  private String build(String stem, SuffixRule r) {
    return r.prefix() + (harmony ? VowelHarmony.apply(stem, r.template()) : stem + r.template());
  }

  private String lemma(String stem, String verbClass) {
    return harmony ? VowelHarmony.apply(stem, verbClass) : stem + verbClass;
  }

  private static Features caseOnly(GrammaticalCase c) {
    return new Features(c, null, null, null, null, null, null, null, null, null, null, null,
        Set.of());
  }

  private static Analysis bareNoun(String w, GrammaticalCase c) {
    return new Analysis(w, w, PartOfSpeech.NOUN, caseOnly(c), "bare");
  }

  @Override
  public List<Analysis> paradigm(String lemma) {
    String l = lemma.toLowerCase(locale);
    List<Analysis> out = new ArrayList<>();
    String verbClass = verbClass(l);
    if (verbClass != null) {
      String stem = l.substring(0, l.length() - infinitiveLength(verbClass));
      for (SuffixRule r : table.rules()) {
        if (r.pos() == PartOfSpeech.VERB && r.verbClass().equals(verbClass)) {
          out.add(new Analysis(alternate(build(stem, r), stem, r), l, PartOfSpeech.VERB,
              r.features(null), "verb:" + r.template()));
        }
      }
      return out;
    }
    out.add(bareNoun(l, GrammaticalCase.NOMINATIVE));
    for (SuffixRule r : table.rules()) {
      if (r.pos() == PartOfSpeech.NOUN) {
        String form = build(l, r);
        for (GrammaticalCase c : r.cases()) {
          out.add(new Analysis(form, l, PartOfSpeech.NOUN, r.features(c), "case:" + r.template()));
        }
      }
    }
    return out;
  }

  /** The verb class whose infinitive ends {@code l}, or null for a word that is no infinitive. */
  private String verbClass(String l) {
    Set<String> seen = new LinkedHashSet<>();
    for (SuffixRule r : table.rules()) {
      if (r.pos() != PartOfSpeech.VERB || !seen.add(r.verbClass())) {
        continue;
      }
      for (String s : VowelHarmony.spellings(r.verbClass())) {
        if (l.length() > s.length() + 1 && l.endsWith(s)
            && lemma(l.substring(0, l.length() - s.length()), r.verbClass()).equals(l)) {
          return r.verbClass();
        }
      }
    }
    return null;
  }

  private static int infinitiveLength(String verbClass) {
    return verbClass.replace("(", "").replace(")", "").length();
  }

  /**
   * Azerbaijani "etmək" and "getmək" voice their t before a vowel: "edib", "edəcək", "gedir".
   */
  private String alternate(String form, String stem, SuffixRule r) {
    if (!harmony || !(stem.equals("et") || stem.equals("get"))) {
      return form;
    }
    int at = r.prefix().length() + stem.length();
    if (at < form.length() && VowelHarmony.vowel(form.charAt(at))) {
      return form.substring(0, at - 1) + "d" + form.substring(at);
    }
    return form;
  }
}
