package org.caspian.analysis.morph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caspian.analysis.morph.Features.Animacy;
import org.caspian.analysis.morph.Features.Aspect;
import org.caspian.analysis.morph.Features.Degree;
import org.caspian.analysis.morph.Features.Gender;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.GrammaticalPerson;
import org.caspian.analysis.morph.Features.NameKind;
import org.caspian.analysis.morph.Features.Tense;
import org.caspian.analysis.morph.Features.Trait;
import org.caspian.analysis.morph.Features.Transitivity;
import org.caspian.analysis.morph.Features.VerbForm;
import org.caspian.analysis.morph.Features.Voice;

/**
 * Reads the tags of LanguageTool's Russian dictionary ("NN:Fam:Masc:Sin:D", "VB:Past:TRANS:PFV:PL")
 * into a {@link PartOfSpeech} and {@link Features}; the mapping is listed in this package's
 * {@code package-info}. The first colon-separated part is the part of speech, every later part
 * one feature in any order; empty parts are skipped. A dictionary has about 1,200 distinct tags,
 * so each is parsed once and kept. Thread-safe.
 */
final class RussianTags {

  private final Map<String, TagReading> parsed = new ConcurrentHashMap<>();

  /** The reading of {@code tag}. @throws IllegalArgumentException on a part this class does not know */
  TagReading read(String tag) {
    TagReading r = parsed.get(tag);
    if (r == null) {
      r = parse(tag);
      parsed.putIfAbsent(tag, r);
    }
    return r;
  }

  /** Parses one tag, without the cache. */
  static TagReading parse(String tag) {
    String[] parts = tag.split(":", -1);
    FeaturesBuilder b = new FeaturesBuilder();
    PartOfSpeech pos = pos(parts[0].strip(), b, tag);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (!p.isEmpty()) {
        feature(p, b, tag);
      }
    }
    if (pos == PartOfSpeech.VERB && b.verbForm == null && b.tense != null) {
      b.verbForm = VerbForm.FINITE;
    }
    return new TagReading(pos, b.build());
  }

  private static PartOfSpeech pos(String p, FeaturesBuilder b, String tag) {
    switch (p) {
      case "NN": return PartOfSpeech.NOUN;
      case "ADJ": return PartOfSpeech.ADJECTIVE;
      case "PNN": return PartOfSpeech.PRONOUN;
      case "Num": return PartOfSpeech.NUMERAL;
      case "NumC": return PartOfSpeech.COLLECTIVE_NUMERAL;
      case "Ord": return PartOfSpeech.ORDINAL;
      case "VB": return PartOfSpeech.VERB;
      case "PT": return PartOfSpeech.PARTICIPLE;
      case "PT_Short":
        b.traits.add(Trait.SHORT);
        return PartOfSpeech.PARTICIPLE;
      case "DPT": return PartOfSpeech.ADVERBIAL_PARTICIPLE;
      case "ADV": return PartOfSpeech.ADVERB;
      case "PRDC": return PartOfSpeech.PREDICATIVE;
      case "PREP": return PartOfSpeech.PREPOSITION;
      case "CONJ": return PartOfSpeech.CONJUNCTION;
      case "PARTICLE": return PartOfSpeech.PARTICLE;
      case "INTERJECTION": return PartOfSpeech.INTERJECTION;
      case "PARENTHESIS": return PartOfSpeech.PARENTHETICAL;
      case "ABR": return PartOfSpeech.ABBREVIATION;
      case "Misc": return PartOfSpeech.OTHER;
      default: throw new IllegalArgumentException("unknown part of speech " + p + " in " + tag);
    }
  }

  private static void feature(String p, FeaturesBuilder b, String tag) {
    switch (p) {
      case "Nom": b.grammaticalCase = GrammaticalCase.NOMINATIVE; break;
      case "R": b.grammaticalCase = GrammaticalCase.GENITIVE; break;
      case "D": b.grammaticalCase = GrammaticalCase.DATIVE; break;
      case "V": b.grammaticalCase = GrammaticalCase.ACCUSATIVE; break;
      case "T": b.grammaticalCase = GrammaticalCase.INSTRUMENTAL; break;
      case "P": b.grammaticalCase = GrammaticalCase.PREPOSITIONAL; break;
      case "2R": b.grammaticalCase = GrammaticalCase.PARTITIVE; break;
      case "2P": b.grammaticalCase = GrammaticalCase.LOCATIVE; break;
      case "Z": b.grammaticalCase = GrammaticalCase.VOCATIVE; break;
      case "Sin": b.number = GrammaticalNumber.SINGULAR; break;
      case "PL": b.number = GrammaticalNumber.PLURAL; break;
      case "Masc": b.gender = Gender.MASCULINE; break;
      case "Fem": b.gender = Gender.FEMININE; break;
      case "Neut": b.gender = Gender.NEUTER; break;
      case "P1": b.person = GrammaticalPerson.FIRST; break;
      case "P2": b.person = GrammaticalPerson.SECOND; break;
      case "P3": b.person = GrammaticalPerson.THIRD; break;
      case "Real": b.tense = Tense.PRESENT; break;
      case "Past": b.tense = Tense.PAST; break;
      case "Fut": b.tense = Tense.FUTURE; break;
      case "INF": b.verbForm = VerbForm.INFINITIVE; break;
      case "IMP": b.verbForm = VerbForm.IMPERATIVE; break;
      case "PFV": b.aspect = Aspect.PERFECTIVE; break;
      case "IMPFV": b.aspect = Aspect.IMPERFECTIVE; break;
      case "2PFV": b.aspect = Aspect.BIASPECTUAL; break;
      case "Anim": b.animacy = Animacy.ANIMATE; break;
      case "Inanim": b.animacy = Animacy.INANIMATE; break;
      case "Inanimanim": b.animacy = Animacy.BOTH; break;
      case "DST": b.voice = Voice.ACTIVE; break;
      case "STR": b.voice = Voice.PASSIVE; break;
      case "TRANS": b.transitivity = Transitivity.TRANSITIVE; break;
      case "INTR": b.transitivity = Transitivity.INTRANSITIVE; break;
      case "Posit": b.degree = Degree.POSITIVE; break;
      case "Comp": b.degree = Degree.COMPARATIVE; break;
      case "Sup": b.degree = Degree.SUPERLATIVE; break;
      case "Name": b.nameKind = NameKind.FIRST_NAME; break;
      case "Patr": b.nameKind = NameKind.PATRONYMIC; break;
      case "Fam": b.nameKind = NameKind.SURNAME; break;
      case "Short": b.traits.add(Trait.SHORT); break;
      case "bezl": b.traits.add(Trait.IMPERSONAL); break;
      case "MPR": b.traits.add(Trait.PRONOMINAL); break;
      case "Talk": b.traits.add(Trait.COLLOQUIAL); break;
      default: throw new IllegalArgumentException("unknown feature " + p + " in " + tag);
    }
  }
}
