package org.caspian.analysis.actors;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the hand-made actor files name, so that the generated (Phoenix) tables loaded after them
 * never override it. ALL-CAPS words and names of two or more words match whatever their case, so a
 * generated form that differs from a hand-made one only in case ("TALIBAN", "Bosnia And
 * Herzegovina", "Ban Ki Moon") counts as the same form. Used while loading only.
 */
final class HandMadeForms {
  private final List<String> tokens;
  private final Set<String> roleNouns = new HashSet<>();
  private final Set<String> entities = new HashSet<>();
  private final Set<String> folded = new HashSet<>();

  /** {@code tokens}: the loader's token list, id to text. */
  HandMadeForms(List<String> tokens) {
    this.tokens = tokens;
  }

  /** Notes a hand-made role noun form. */
  void roleNoun(int[] ids) {
    roleNouns.add(Arrays.toString(ids));
  }

  boolean hasRoleNoun(int[] ids) {
    return roleNouns.contains(Arrays.toString(ids));
  }

  /** Notes the hand-made entity phrases, and every hand-made phrase in its folded case. */
  void close(Set<String> entityKeys, List<PhraseIndex.Builder<?>> builders) {
    entities.addAll(entityKeys);
    for (PhraseIndex.Builder<?> b : builders) {
      for (int[] ids : b.phrases()) {
        folded.add(folded(ids));
      }
    }
  }

  boolean hasEntity(int[] ids) {
    return entities.contains(Arrays.toString(ids));
  }

  /** Whether a hand-made phrase has the words {@code ids} in any letter case. */
  boolean hasAnyCase(int[] ids) {
    return folded.contains(folded(ids));
  }

  /** The words of a filed phrase, case-folded as the matcher folds them, space-separated. */
  private String folded(int[] ids) {
    StringBuilder sb = new StringBuilder();
    for (int id : ids) {
      String t = tokens.get(id);
      for (int i = 0; i < t.length(); i++) {
        sb.append(Vocabulary.fold(t.charAt(i)));
      }
      sb.append(' ');
    }
    return sb.toString();
  }
}
