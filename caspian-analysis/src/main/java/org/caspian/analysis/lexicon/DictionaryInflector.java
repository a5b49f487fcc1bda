package org.caspian.analysis.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caspian.analysis.morph.Analysis;
import org.caspian.analysis.morph.Features;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Morphology;
import org.caspian.analysis.morph.PartOfSpeech;

/**
 * An {@link Inflector} over a morphological dictionary ({@link Morphology#paradigm}): a verb gets
 * every form of its lemma (finite forms, participles, adverbial participles), a noun every case
 * and number form. A name gets the noun forms of the dictionary when the dictionary knows the
 * word as a noun in the nominative singular, keeping only forms of the same gender and kind of
 * name ("Лавров" gives "Лаврову", not the feminine "Лавровой"; "Александр" not the patronymic
 * "Александровича"), and otherwise the forms of a fallback inflector (the language's suffix
 * rules). Nouns and names leave out a form the dictionary also reads as a function word ("после",
 * after, is also the prepositional of "посол"). Forms keep the letter case of the word ("Россия"
 * gives "России"); a word without lower-case letters ("США"), or one the dictionary does not
 * have as a lemma, keeps only its own spelling (a name: the fallback's forms).
 *
 * <p>Bits: infinitive and imperative {@link Form#BASE}; present {@link Form#S}; past {@link
 * Form#PAST}; future {@link Form#FUTURE}; passive participles, full or short, {@link Form#PP};
 * active and adverbial participles {@link Form#ING}; nouns {@link Form#NOUN}, with {@link
 * Form#CASE} on a spelling other than the lemma's that has a case other than the nominative;
 * names {@link Form#BASE} on the word itself and {@link Form#CASE} on every other spelling, as
 * the suffix rules give them.
 *
 * <p>The dictionary is loaded on first use, so a pipeline that never inflects the language pays
 * nothing. Forms are generated on demand, not precomputed: the forms of a lemma are a prefix walk
 * of the synthesis automaton, about 30,000 lemmas a second ({@code MorphologyBench}), so the
 * 1,100 Russian name words of the actor dictionary cost tens of milliseconds. Thread-safe.
 */
final class DictionaryInflector implements Inflector {
  private final Supplier<Morphology> source;
  private final Inflector fallback;
  private final boolean names;
  private volatile Morphology morphology;

  /**
   * @param source loads the morphology, called once on first use
   * @param fallback inflects names the dictionary does not know as nouns
   * @param names whether names use the dictionary at all (else always {@code fallback})
   */
  DictionaryInflector(Supplier<Morphology> source, Inflector fallback, boolean names) {
    this.source = Objects.requireNonNull(source, "source");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.names = names;
  }

  @Override
  public Map<String, Integer> forms(String word, WordClass wordClass) {
    switch (wordClass) {
      case VERB:
        return verbForms(word);
      case NOUN:
        return nounForms(word, morphology().paradigm(word), false);
      default:
        return nameForms(word);
    }
  }

  private Map<String, Integer> verbForms(String word) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put(word, Form.BASE);
    if (!hasLowerCase(word)) {
      return out;
    }
    for (Analysis a : morphology().paradigm(word)) {
      int bits = verbBits(a);
      if (bits != 0) {
        out.merge(recase(a.form(), word), bits, (x, y) -> x | y);
      }
    }
    return out;
  }

  /** The {@link Form} bits of a verbal reading, 0 for a reading of another part of speech. */
  static int verbBits(Analysis a) {
    Features f = a.features();
    switch (a.pos()) {
      case VERB:
        if (f.verbForm() == Features.VerbForm.INFINITIVE
            || f.verbForm() == Features.VerbForm.IMPERATIVE || f.tense() == null) {
          return Form.BASE;
        }
        switch (f.tense()) {
          case PAST: return Form.PAST;
          case FUTURE: return Form.FUTURE;
          default: return Form.S;
        }
      case PARTICIPLE:
        return f.voice() == Features.Voice.PASSIVE ? Form.PP : Form.ING;
      case ADVERBIAL_PARTICIPLE:
        return Form.ING;
      default:
        return 0;
    }
  }

  /**
   * The noun forms of {@code word} in {@code paradigm}: for a noun {@link Form#NOUN}, plus {@link
   * Form#CASE} on an oblique case; for a name ({@code name}) {@link Form#CASE} on every spelling
   * other than the word's own, as the suffix rules give it.
   */
  private Map<String, Integer> nounForms(String word, List<Analysis> paradigm, boolean name) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put(word, name ? Form.BASE : Form.NOUN);
    if (!hasLowerCase(word)) {
      return out;
    }
    for (Analysis a : paradigm) {
      if (a.pos() != PartOfSpeech.NOUN) {
        continue;
      }
      String surface = recase(a.form(), word);
      if (surface.equals(word) || functionWord(a.form())) {
        continue;
      }
      GrammaticalCase c = a.features().grammaticalCase();
      boolean oblique = c != null && c != GrammaticalCase.NOMINATIVE;
      int bits = name ? Form.CASE : Form.NOUN | (oblique ? Form.CASE : 0);
      out.merge(surface, bits, (x, y) -> x | y);
    }
    return out;
  }

  private Map<String, Integer> nameForms(String word) {
    if (!names || !hasLowerCase(word)) {
      return fallback.forms(word, WordClass.NAME);
    }
    List<Analysis> nouns = morphology().paradigm(word).stream()
        .filter(a -> a.pos() == PartOfSpeech.NOUN).collect(Collectors.toList());
    String lemma = word.toLowerCase(Locale.ROOT);
    List<Features> heads = nouns.stream()
        .filter(a -> a.form().equals(lemma)
            && a.features().grammaticalCase() == GrammaticalCase.NOMINATIVE
            && a.features().number() != GrammaticalNumber.PLURAL)
        .map(Analysis::features).collect(Collectors.toList());
    if (heads.isEmpty()) {
      return fallback.forms(word, WordClass.NAME);
    }
    boolean plural = !Character.isUpperCase(word.charAt(0));
    List<Analysis> kept = nouns.stream().filter(a -> sameWord(a.features(), heads, plural))
        .collect(Collectors.toList());
    return nounForms(word, kept, true);
  }

  /**
   * Whether a form belongs to the same word as one of the nominative singular readings {@code
   * heads}: the same kind of name (the paradigm of "александр" also holds the patronymic
   * "Александрович") and the same gender, or none (a plural). A capitalised name other than a
   * surname keeps only its singular ({@code plural} false): the genitive plural "Валентин" of
   * "Валентина" is another name, and "Дум" or "Киевов" are not worth a false match; a surname
   * keeps its plural ("Алиевы"), and so does a lower-case role noun ("министры", "послов").
   */
  private static boolean sameWord(Features f, List<Features> heads, boolean plural) {
    for (Features h : heads) {
      if (f.nameKind() != h.nameKind()
          || (f.gender() != null && f.gender() != h.gender())) {
        continue;
      }
      boolean many = h.nameKind() == Features.NameKind.SURNAME
          || (plural && h.nameKind() == null);
      if (many || f.number() != GrammaticalNumber.PLURAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dictionary also reads {@code form} as a function word: the prepositional "после"
   * of "посол" is far more often the preposition "after", so a noun or name does not get it.
   */
  private boolean functionWord(String form) {
    for (Analysis a : morphology().analyze(form)) {
      switch (a.pos()) {
        case PREPOSITION: case CONJUNCTION: case PARTICLE: case PRONOUN: case INTERJECTION:
        case PARENTHETICAL:
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private Morphology morphology() {
    Morphology m = morphology;
    if (m == null) {
      synchronized (this) {
        if (morphology == null) {
          morphology = source.get();
        }
        m = morphology;
      }
    }
    return m;
  }

  private static boolean hasLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code form} (lower case) in the letter case of {@code like}: capitalised if it is. */
  static String recase(String form, String like) {
    if (form.isEmpty() || like.isEmpty() || !Character.isUpperCase(like.charAt(0))) {
      return form;
    }
    return Character.toUpperCase(form.charAt(0)) + form.substring(1);
  }
}
