package org.caspian.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import morfologik.stemming.Dictionary;
import org.caspian.analysis.morph.Features.Aspect;
import org.caspian.analysis.morph.Features.Gender;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.Tense;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ukrainian readings from the dictionary of Lucene's morfologik module. */
class UkrainianMorphologyTest {
  private static UkrainianMorphology uk;

  @BeforeAll
  static void load() {
    uk = UkrainianMorphology.load();
  }

  private static List<Analysis> readings(String word, PartOfSpeech pos, String lemma) {
    List<Analysis> found = uk.analyze(word).stream()
        .filter(a -> a.pos() == pos && a.lemma().equals(lemma)).collect(Collectors.toList());
    assertThat(found).as(word + " as " + pos + " of " + lemma).isNotEmpty();
    return found;
  }

  @Test
  void namesVerbsAndCases() {
    // one dictionary entry with two readings: dative and locative
    assertThat(readings("Зеленському", PartOfSpeech.NOUN, "Зеленський"))
        .extracting(a -> a.features().grammaticalCase())
        .containsExactlyInAnyOrder(GrammaticalCase.DATIVE, GrammaticalCase.PREPOSITIONAL);
    Features detained = readings("затримали", PartOfSpeech.VERB, "затримати").get(0).features();
    assertThat(detained.tense()).isEqualTo(Tense.PAST);
    assertThat(detained.aspect()).isEqualTo(Aspect.PERFECTIVE);
    assertThat(detained.number()).isEqualTo(GrammaticalNumber.PLURAL);
    Features kyiv = readings("Києві", PartOfSpeech.NOUN, "Київ").get(0).features();
    assertThat(kyiv.grammaticalCase()).isEqualTo(GrammaticalCase.PREPOSITIONAL);
    assertThat(kyiv.gender()).isEqualTo(Gender.MASCULINE);
    assertThat(kyiv.number()).isEqualTo(GrammaticalNumber.SINGULAR);
    assertThat(uk.analyze("Bakı")).isEmpty();
    assertThat(uk.paradigm("затримати")).isEmpty();
  }

  @Test
  void tagsMap() {
    TagReading participle = UkrainianTags.parse("adj:f:v_naz:&adjp:pasv:imperf:perf").get(0);
    assertThat(participle.pos()).isEqualTo(PartOfSpeech.PARTICIPLE);
    assertThat(participle.features().aspect()).isEqualTo(Aspect.BIASPECTUAL);
    assertThat(UkrainianTags.parse("verb:rev:imperf:past:m").get(0).features()
        .has(Features.Trait.REFLEXIVE)).isTrue();
    assertThat(UkrainianTags.parse("adj:m:v_dav|adj:m:v_mis")).hasSize(2);
    assertThatThrownBy(() -> UkrainianTags.parse("noun:v_xyz")).hasMessageContaining("v_xyz");
  }

  /** Every tag of the dictionary (3.5 million entries) maps; entries read as raw UTF-8 bytes. */
  @Test
  void everyTagOfTheDictionaryMaps() throws Exception {
    Dictionary d = Dictionary.read(UkrainianMorphologyTest.class.getResource(
        "/ua/net/nlp/ukrainian.dict"));
    byte sep = d.metadata.getSeparator();
    Set<String> tags = new HashSet<>();
    for (ByteBuffer seq : d.fsa.getSequences()) {
      byte[] a = seq.array();
      int first = -1;
      for (int i = seq.position(); i < seq.limit(); i++) {
        if (a[i] == sep) {
          if (first >= 0) {
            tags.add(new String(a, i + 1, seq.limit() - i - 1, StandardCharsets.UTF_8));
            break;
          }
          first = i;
        }
      }
    }
    assertThat(tags).hasSizeGreaterThan(500);
    for (String tag : tags) {
      assertThat(UkrainianTags.parse(tag)).as(tag).isNotEmpty();
    }
  }
}
