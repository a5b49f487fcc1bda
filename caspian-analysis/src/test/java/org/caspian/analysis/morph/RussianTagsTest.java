package org.caspian.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import morfologik.stemming.Dictionary;
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
import org.caspian.analysis.morph.Features.VerbForm;
import org.caspian.analysis.morph.Features.Voice;
import org.junit.jupiter.api.Test;

/** The mapping of LanguageTool's Russian tags to our part of speech and features. */
class RussianTagsTest {

  private static TagReading read(String tag) {
    return RussianTags.parse(tag);
  }

  @Test
  void nounsWithNameKindGenderNumberAndCase() {
    TagReading r = read("NN:Fam:Masc:Sin:D");
    assertThat(r.pos()).isEqualTo(PartOfSpeech.NOUN);
    assertThat(r.features()).isEqualTo(new Features(GrammaticalCase.DATIVE,
        GrammaticalNumber.SINGULAR, Gender.MASCULINE, null, null, null, null, null, null, null,
        null, NameKind.SURNAME, Set.of()));
    assertThat(read("NN:Patr:Fem:PL:T").features().nameKind()).isEqualTo(NameKind.PATRONYMIC);
    assertThat(read("NN:Name:Fem:Sin").features().grammaticalCase()).isNull();
    assertThat(read("NN:Inanimanim:Fem:Sin:V").features().animacy()).isEqualTo(Animacy.BOTH);
    assertThat(read("NN:Anim:Masc:PL:R").features().animacy()).isEqualTo(Animacy.ANIMATE);
  }

  @Test
  void everyCase() {
    String[][] cases = {{"Nom", "NOMINATIVE"}, {"R", "GENITIVE"}, {"D", "DATIVE"},
        {"V", "ACCUSATIVE"}, {"T", "INSTRUMENTAL"}, {"P", "PREPOSITIONAL"},
        {"2R", "PARTITIVE"}, {"2P", "LOCATIVE"}, {"Z", "VOCATIVE"}};
    for (String[] c : cases) {
      assertThat(read("NN:Inanim:Masc:Sin:" + c[0]).features().grammaticalCase())
          .as(c[0]).isEqualTo(GrammaticalCase.valueOf(c[1]));
    }
  }

  @Test
  void verbsAndParticiples() {
    Features fut = read("VB:Fut:INTR:PFV:PL:P1").features();
    assertThat(fut.tense()).isEqualTo(Tense.FUTURE);
    assertThat(fut.person()).isEqualTo(GrammaticalPerson.FIRST);
    assertThat(fut.verbForm()).isEqualTo(VerbForm.FINITE);
    assertThat(read("VB:INF:TRANS:2PFV").features().aspect()).isEqualTo(Aspect.BIASPECTUAL);
    assertThat(read("VB:INF:TRANS:2PFV").features().verbForm()).isEqualTo(VerbForm.INFINITIVE);
    assertThat(read("VB:IMP:TRANS:PFV:Sin:P2").features().verbForm())
        .isEqualTo(VerbForm.IMPERATIVE);
    assertThat(read("VB:Real:INTR:IMPFV:Sin:P3").features().tense()).isEqualTo(Tense.PRESENT);
    assertThat(read("VB:Past:bezl:IMPFV").features().has(Trait.IMPERSONAL)).isTrue();
    TagReading pt = read("PT:Past:TRANS:PFV:STR:Fem:Nom");
    assertThat(pt.pos()).isEqualTo(PartOfSpeech.PARTICIPLE);
    assertThat(pt.features().voice()).isEqualTo(Voice.PASSIVE);
    assertThat(pt.features().verbForm()).isNull();
    TagReading shortPt = read("PT_Short:Real:TRANS:IMPFV:STR:Masc");
    assertThat(shortPt.pos()).isEqualTo(PartOfSpeech.PARTICIPLE);
    assertThat(shortPt.features().has(Trait.SHORT)).isTrue();
    assertThat(read("DPT:Real:INTR:IMPFV").pos()).isEqualTo(PartOfSpeech.ADVERBIAL_PARTICIPLE);
    assertThat(read("PT:Real:INTR:IMPFV:DST:Fem:Nom").features().voice())
        .isEqualTo(Voice.ACTIVE);
  }

  @Test
  void adjectivesPronounsAndTheRest() {
    assertThat(read("ADJ:Sup:PL:T").features().degree()).isEqualTo(Degree.SUPERLATIVE);
    assertThat(read("ADJ:Short:Fem").features().has(Trait.SHORT)).isTrue();
    assertThat(read("ADJ:MPR:Neut:Nom").features().has(Trait.PRONOMINAL)).isTrue();
    assertThat(read("PNN:Sin:R:P3").features().person()).isEqualTo(GrammaticalPerson.THIRD);
    assertThat(read("NN:Name:Fem:Sin:Z:Talk").features().has(Trait.COLLOQUIAL)).isTrue();
    assertThat(read("NumC:D").pos()).isEqualTo(PartOfSpeech.COLLECTIVE_NUMERAL);
    assertThat(read("Ord:Fem:D").pos()).isEqualTo(PartOfSpeech.ORDINAL);
    assertThat(read("PRDC").pos()).isEqualTo(PartOfSpeech.PREDICATIVE);
    assertThat(read("PARENTHESIS").pos()).isEqualTo(PartOfSpeech.PARENTHETICAL);
    assertThat(read("ABR:Fem").features().gender()).isEqualTo(Gender.FEMININE);
    assertThat(read("Misc").features()).isEqualTo(Features.NONE);
    // empty parts and stray spaces, as the dictionary has them
    assertThat(read("NN:Inanim::PL:R").features().gender()).isNull();
    assertThat(read("NN:Inanim:Masc:PL:P  ").features().grammaticalCase())
        .isEqualTo(GrammaticalCase.PREPOSITIONAL);
  }

  @Test
  void anUnknownPartIsAnError() {
    assertThatThrownBy(() -> read("NN:Inanim:Masc:Sin:Q")).hasMessageContaining("Q");
    assertThatThrownBy(() -> read("XX:Sin")).hasMessageContaining("XX");
  }

  /**
   * Every tag of the whole analysis dictionary (7 million entries, about 1,200 tags) maps. The
   * entries are read as raw bytes ("word+encoded lemma+tag"; tags are ASCII) to keep this quick.
   */
  @Test
  void everyTagOfTheDictionaryMaps() throws Exception {
    Dictionary d = Dictionary.read(RussianTagsTest.class.getResource(
        "/org/languagetool/resource/ru/russian.dict"));
    byte sep = d.metadata.getSeparator();
    Set<String> tags = new HashSet<>();
    for (ByteBuffer seq : d.fsa.getSequences()) {
      byte[] a = seq.array();
      int first = -1;
      for (int i = seq.position(); i < seq.limit(); i++) {
        if (a[i] == sep) {
          if (first >= 0) {
            tags.add(new String(a, i + 1, seq.limit() - i - 1, StandardCharsets.US_ASCII));
            break;
          }
          first = i;
        }
      }
    }
    assertThat(tags).hasSizeGreaterThan(1000);
    for (String tag : tags) {
      assertThat(read(tag).pos()).as(tag).isNotNull();
    }
  }
}
