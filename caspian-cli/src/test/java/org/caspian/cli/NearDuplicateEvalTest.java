package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.caspian.ingest.IngestResult;
import org.caspian.model.Article;
import org.caspian.model.NearDuplicate;
import org.caspian.store.dedup.EarlierArticles;
import org.caspian.store.dedup.MinHash;
import org.caspian.store.dedup.NearDuplicateFinder;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of near-duplicate detection on a set built from the sample corpus by
 * editing. Each of the 68 sample articles gets four copies, one per kind of edit a republished
 * article undergoes (see {@link Edit}), made by a seeded editor; the truth is which original each
 * copy came from. The originals (same events told by different outlets, and translations of one
 * another, among them) are the negatives: none may be linked to another. The finder sees the
 * originals first, then the copies in a seeded random order, as an ingest would. A mark is right
 * when the article it links to tells the same story (the original or another copy of it), a false
 * merge otherwise. Figures are printed (surefire output) and checked against floors.
 */
class NearDuplicateEvalTest {
  private static final long SEED = 20261203L;

  /** The kinds of edit, each as a copy of an original. */
  enum Edit {
    /** Dateline and agency credit prepended, a "follow us" line appended, last paragraph cut. */
    WIRE,
    /** One word in 20 replaced, one sentence (not the first) deleted. */
    LIGHT,
    /** One word in 10 replaced, two sentences swapped, one deleted. */
    MODERATE,
    /** Only the first 60% of the sentences: a feed excerpt or truncated copy. */
    EXCERPT
  }

  private record Copy(Article article, String originalId, Edit edit) {}

  @Test
  void near_duplicates_of_edited_sample_articles_are_found_and_originals_never_merged()
      throws IOException {
    List<Article> originals = new ArrayList<>();
    new SampleCorpus().read((IngestResult r) -> originals.add(r.article()));
    assertThat(originals).hasSizeGreaterThan(60);
    List<String> vocabulary = vocabulary(originals);
    SplittableRandom random = new SplittableRandom(SEED);
    List<Copy> copies = new ArrayList<>();
    for (Article o : originals) {
      for (Edit e : Edit.values()) {
        String text = edit(o.text(), e, vocabulary, random);
        copies.add(new Copy(new Article(o.id() + "~" + e.name().toLowerCase(Locale.ROOT),
            "Other title " + random.nextInt(1000), "Other outlet", "", o.published(), text),
            o.id(), e));
      }
    }
    Collections.shuffle(copies, new java.util.Random(SEED));

    NearDuplicateFinder finder = new NearDuplicateFinder(EarlierArticles.NONE);
    int falseMerges = 0;
    int marks = 0;
    for (Article o : originals) {
      if (finder.mark(o).meta().nearDuplicate() != null) {
        falseMerges++;
        marks++;
      }
    }
    int found = 0;
    int clusteredWithOriginal = 0;
    Map<Edit, int[]> byEdit = new EnumMap<>(Edit.class);
    for (Copy c : copies) {
      NearDuplicate m = finder.mark(c.article()).meta().nearDuplicate();
      int[] counts = byEdit.computeIfAbsent(c.edit(), k -> new int[2]);
      counts[1]++;
      if (m != null) {
        marks++;
        if (story(m.of()).equals(c.originalId())) {
          found++;
          counts[0]++;
          clusteredWithOriginal += m.cluster().equals(c.originalId()) ? 1 : 0;
        } else {
          falseMerges++;
          System.out.printf(Locale.ROOT, "  false merge: %s (%d words) -> %s (cluster %s), "
              + "similarity %.3f%n", c.article().id(), c.article().text().split("\\s+").length,
              m.of(), m.cluster(), m.similarity());
        }
      }
    }
    double precision = marks == 0 ? 1 : (marks - falseMerges) / (double) marks;
    double recall = found / (double) copies.size();
    System.out.printf(Locale.ROOT, "near-duplicates, %d originals, %d edited copies, threshold "
        + "%.2f: precision %.3f, recall %.3f, false merges %d of %d marks%n", originals.size(),
        copies.size(), finder.threshold(), precision, recall, falseMerges, marks);
    System.out.printf(Locale.ROOT, "  copies whose cluster is their original: %d of %d found%n",
        clusteredWithOriginal, found);
    byEdit.forEach((e, n) -> System.out.printf(Locale.ROOT, "  %-8s recall %.3f (%d/%d)%n",
        e.name().toLowerCase(Locale.ROOT), n[0] / (double) n[1], n[0], n[1]));
    printPairTable(originals, copies);

    assertThat(falseMerges).as("false merges").isZero();
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.85);
    assertThat(byEdit.get(Edit.WIRE)[0]).as("wire copies found")
        .isEqualTo(byEdit.get(Edit.WIRE)[1]);
  }

  /** The original a copy's id was made from (an original is its own). */
  private static String story(String id) {
    int tilde = id.indexOf('~');
    return tilde < 0 ? id : id.substring(0, tilde);
  }

  /** Pairwise similarities at several thresholds: copies against their original, and all others. */
  private static void printPairTable(List<Article> originals, List<Copy> copies) {
    MinHash minHash = new MinHash();
    Map<String, int[]> sig = new java.util.HashMap<>();
    originals.forEach(o -> sig.put(o.id(), minHash.signature(o.text())));
    List<Double> positives = new ArrayList<>();
    List<Double> negatives = new ArrayList<>();
    for (int i = 0; i < originals.size(); i++) {
      for (int j = i + 1; j < originals.size(); j++) {
        negatives.add(MinHash.similarity(sig.get(originals.get(i).id()),
            sig.get(originals.get(j).id())));
      }
    }
    for (Copy c : copies) {
      int[] s = minHash.signature(c.article().text());
      for (Article o : originals) {
        double sim = MinHash.similarity(s, sig.get(o.id()));
        (o.id().equals(c.originalId()) ? positives : negatives).add(sim);
      }
    }
    System.out.printf(Locale.ROOT, "  pairs: %d same-story, %d different-story; highest "
        + "different-story similarity %.3f%n", positives.size(), negatives.size(),
        negatives.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    for (double t : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
      long tp = positives.stream().filter(s -> s >= t).count();
      long fp = negatives.stream().filter(s -> s >= t).count();
      System.out.printf(Locale.ROOT, "  pairs at %.1f: precision %.3f, recall %.3f%n", t,
          tp + fp == 0 ? 1.0 : tp / (double) (tp + fp), tp / (double) positives.size());
    }
  }

  private static List<String> vocabulary(List<Article> originals) {
    List<String> words = new ArrayList<>();
    for (Article o : originals) {
      for (String w : o.text().split("\\s+")) {
        if (w.length() > 3 && w.chars().allMatch(Character::isLetter)) {
          words.add(w);
        }
      }
    }
    return words;
  }

  static String edit(String text, Edit e, List<String> vocabulary, SplittableRandom r) {
    switch (e) {
      case WIRE: {
        List<String> paras = new ArrayList<>(Arrays.asList(text.split("\n\\s*\n")));
        if (paras.size() >= 3) {
          paras.remove(paras.size() - 1);
        }
        return "BAKU, " + (1 + r.nextInt(28)) + " June (Caspian Wire) - "
            + String.join("\n\n", paras) + "\n\nFollow us on Telegram for the latest news.";
      }
      case LIGHT:
        return deleteSentence(replaceWords(text, 20, vocabulary, r), r);
      case MODERATE: {
        List<String> s = sentences(replaceWords(text, 10, vocabulary, r));
        if (s.size() >= 3) {
          int i = 1 + r.nextInt(s.size() - 1);
          Collections.swap(s, i, i - 1);
        }
        return deleteSentence(String.join(" ", s), r);
      }
      default: {
        List<String> s = sentences(text);
        return String.join(" ", s.subList(0, Math.max(1, (int) Math.ceil(s.size() * 0.6))));
      }
    }
  }

  private static String replaceWords(String text, int oneIn, List<String> vocabulary,
      SplittableRandom r) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextInt(oneIn) == 0) {
        words[i] = vocabulary.get(r.nextInt(vocabulary.size()));
      }
    }
    return String.join(" ", words);
  }

  private static String deleteSentence(String text, SplittableRandom r) {
    List<String> s = sentences(text);
    if (s.size() >= 3) {
      s.remove(1 + r.nextInt(s.size() - 1));
    }
    return String.join(" ", s);
  }

  private static List<String> sentences(String text) {
    return new ArrayList<>(Arrays.asList(text.strip().split("(?<=[.!?])\\s+")));
  }
}
