package org.caspian.analysis.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.caspian.analysis.morph.Features.Animacy;
import org.caspian.analysis.morph.Features.Aspect;
import org.caspian.analysis.morph.Features.Degree;
import org.caspian.analysis.morph.Features.Gender;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.GrammaticalPerson;
import org.caspian.analysis.morph.Features.Tense;
import org.caspian.analysis.morph.Features.Trait;
import org.caspian.analysis.morph.Features.VerbForm;
import org.caspian.analysis.morph.Features.Voice;

/**
 * Reads the tags of the Ukrainian search dictionary that Lucene's morfologik module uses (the
 * VESUM tag set of the dict_uk project, e.g. "noun:anim:m:v_dav" or, for several readings of one
 * form, "adj:m:v_dav|adj:m:v_mis") into readings; the mapping is listed in this package's {@code
 * package-info}. Parts with no counterpart in {@link Features} (kinds of pronoun, style marks)
 * are listed in {@link #IGNORED}, so an unknown part is still an error. Each distinct tag is
 * parsed once and kept. Thread-safe.
 */
final class UkrainianTags {
  /** Parts read and deliberately left out of {@link Features}. */
  static final Set<String> IGNORED = Set.of("&&adjp", "&&numr", "dem", "def", "gen", "ind",
      "int", "neg", "pers", "pos", "refl", "rel", "emph", "coord", "subord", "latin", "var",
      "subst", "dimin", "foreign", "nv", "ns", "abbr");

  private final Map<String, List<TagReading>> parsed = new ConcurrentHashMap<>();

  /** The readings of {@code tag}, one per "|"-separated alternative. */
  List<TagReading> read(String tag) {
    List<TagReading> r = parsed.get(tag);
    if (r == null) {
      r = parse(tag);
      parsed.putIfAbsent(tag, r);
    }
    return r;
  }

  /** Parses one tag, without the cache. @throws IllegalArgumentException on an unknown part */
  static List<TagReading> parse(String tag) {
    List<TagReading> out = new ArrayList<>();
    for (String alternative : tag.split("\\|")) {
      out.add(parseOne(alternative, tag));
    }
    return List.copyOf(out);
  }

  private static TagReading parseOne(String alternative, String tag) {
    String[] parts = alternative.split(":");
    PartOfSpeech pos = pos(parts[0], tag);
    FeaturesBuilder b = new FeaturesBuilder();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.isEmpty() || IGNORED.contains(p)) {
        continue;
      }
      PartOfSpeech over = override(p);
      if (over != null) {
        pos = over;
      } else {
        feature(p, b, tag);
      }
    }
    if (b.perfective && b.imperfective) {
      b.aspect = Aspect.BIASPECTUAL;
    }
    if (pos == PartOfSpeech.VERB && b.verbForm == null && b.tense != null) {
      b.verbForm = VerbForm.FINITE;
    }
    return new TagReading(pos, b.build());
  }

  private static PartOfSpeech pos(String p, String tag) {
    switch (p) {
      case "noun": return PartOfSpeech.NOUN;
      case "adj": return PartOfSpeech.ADJECTIVE;
      case "verb": return PartOfSpeech.VERB;
      case "advp": return PartOfSpeech.ADVERBIAL_PARTICIPLE;
      case "adv": return PartOfSpeech.ADVERB;
      case "numr": case "number": return PartOfSpeech.NUMERAL;
      case "prep": return PartOfSpeech.PREPOSITION;
      case "conj": return PartOfSpeech.CONJUNCTION;
      case "part": return PartOfSpeech.PARTICLE;
      case "intj": case "onomat": return PartOfSpeech.INTERJECTION;
      case "noninfl": case "foreign": return PartOfSpeech.OTHER;
      default: throw new IllegalArgumentException("unknown part of speech " + p + " in " + tag);
    }
  }

  /** A part that changes the part of speech: "adj:...:&adjp" is a participle. */
  private static PartOfSpeech override(String p) {
    switch (p) {
      case "&adjp": return PartOfSpeech.PARTICIPLE;
      case "&numr": return PartOfSpeech.ORDINAL;
      case "&pron": return PartOfSpeech.PRONOUN;
      case "&predic": return PartOfSpeech.PREDICATIVE;
      case "&insert": return PartOfSpeech.PARENTHETICAL;
      default: return null;
    }
  }

  private static void feature(String p, FeaturesBuilder b, String tag) {
    switch (p) {
      case "v_naz": b.grammaticalCase = GrammaticalCase.NOMINATIVE; break;
      case "v_rod": b.grammaticalCase = GrammaticalCase.GENITIVE; break;
      case "v_dav": b.grammaticalCase = GrammaticalCase.DATIVE; break;
      case "v_zna": b.grammaticalCase = GrammaticalCase.ACCUSATIVE; break;
      case "v_oru": b.grammaticalCase = GrammaticalCase.INSTRUMENTAL; break;
      case "v_mis": b.grammaticalCase = GrammaticalCase.PREPOSITIONAL; break;
      case "v_kly": b.grammaticalCase = GrammaticalCase.VOCATIVE; break;
      case "m": b.genderImplyingSingular(Gender.MASCULINE); break;
      case "f": b.genderImplyingSingular(Gender.FEMININE); break;
      case "n": b.genderImplyingSingular(Gender.NEUTER); break;
      case "p": b.number = GrammaticalNumber.PLURAL; break;
      case "s": b.number = GrammaticalNumber.SINGULAR; break;
      case "1": b.person = GrammaticalPerson.FIRST; break;
      case "2": b.person = GrammaticalPerson.SECOND; break;
      case "3": b.person = GrammaticalPerson.THIRD; break;
      case "pres": b.tense = Tense.PRESENT; break;
      case "past": b.tense = Tense.PAST; break;
      case "futr": b.tense = Tense.FUTURE; break;
      case "inf": b.verbForm = VerbForm.INFINITIVE; break;
      case "impr": b.verbForm = VerbForm.IMPERATIVE; break;
      case "impers": b.traits.add(Trait.IMPERSONAL); break;
      case "perf": b.perfective = true; b.aspect = Aspect.PERFECTIVE; break;
      case "imperf": b.imperfective = true; b.aspect = Aspect.IMPERFECTIVE; break;
      case "anim": case "ranim": b.animacy = Animacy.ANIMATE; break;
      case "inanim": case "rinanim": b.animacy = Animacy.INANIMATE; break;
      case "unanim": b.animacy = Animacy.BOTH; break;
      case "actv": b.voice = Voice.ACTIVE; break;
      case "pasv": b.voice = Voice.PASSIVE; break;
      case "compb": b.degree = Degree.POSITIVE; break;
      case "compc": b.degree = Degree.COMPARATIVE; break;
      case "comps": b.degree = Degree.SUPERLATIVE; break;
      case "short": b.traits.add(Trait.SHORT); break;
      case "rev": b.traits.add(Trait.REFLEXIVE); break;
      default: throw new IllegalArgumentException("unknown feature " + p + " in " + tag);
    }
  }
}
