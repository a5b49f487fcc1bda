package org.caspian.query.ach;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Heuer's Analysis of Competing Hypotheses over matrices kept in a workspace folder. A matrix is
 * created by its first hypothesis. Every evidence item is rated against every hypothesis (CC, C,
 * N, I, II or NA); the ranking orders hypotheses by weighted inconsistency, least first, because
 * ACH rejects hypotheses by the evidence against them rather than confirming one by the evidence
 * for it. Close it to release the file.
 */
public final class AchService implements AutoCloseable {
  private final AchStore store;

  private AchService(AchStore store) {
    this.store = store;
  }

  /** Opens the matrices in {@code workspace} ({@code ach.mv.db}), creating the file if needed. */
  public static AchService open(Path workspace) throws IOException {
    return new AchService(AchStore.open(workspace));
  }

  /** The names of the matrices. */
  public List<String> matrices() {
    return store.matrixNames();
  }

  /** Adds a hypothesis (creating the matrix if new) and returns it with its id. */
  public Hypothesis addHypothesis(String matrix, String title) {
    String m = name(matrix);
    String t = text(title, "hypothesis title");
    store.create(m);
    Hypothesis h = new Hypothesis(store.nextId(m, "H"), t, true);
    store.put(m, h);
    return h;
  }

  /** Opens or closes a hypothesis. */
  public Hypothesis setOpen(String matrix, String hypothesisId, boolean open) {
    String m = existing(matrix);
    Hypothesis h = store.hypothesis(m, hypothesisId).orElseThrow(() -> unknown("hypothesis",
        hypothesisId, m));
    Hypothesis changed = new Hypothesis(h.id(), h.title(), open);
    store.put(m, changed);
    return changed;
  }

  /** Adds an evidence item and returns it with its id. */
  public Evidence addEvidence(String matrix, EvidenceKind kind, String reference, String text,
      Grade credibility, Grade relevance) {
    String m = existing(matrix);
    String ref = reference == null ? "" : reference.trim();
    if (kind != EvidenceKind.NOTE && ref.isEmpty()) {
      throw new IllegalArgumentException(kind.label() + " evidence needs a reference");
    }
    Evidence e = new Evidence(store.nextId(m, "E"), kind, ref, text(text, "evidence text"),
        credibility, relevance);
    store.put(m, e);
    return e;
  }

  /** Removes an evidence item and its ratings. */
  public void removeEvidence(String matrix, String evidenceId) {
    String m = existing(matrix);
    store.evidence(m, evidenceId).orElseThrow(() -> unknown("evidence", evidenceId, m));
    store.removeEvidence(m, evidenceId);
  }

  /** Rates evidence {@code evidenceId} against hypothesis {@code hypothesisId}. */
  public void rate(String matrix, String evidenceId, String hypothesisId, Consistency c) {
    String m = existing(matrix);
    store.evidence(m, evidenceId).orElseThrow(() -> unknown("evidence", evidenceId, m));
    store.hypothesis(m, hypothesisId).orElseThrow(() -> unknown("hypothesis", hypothesisId, m));
    store.rate(m, evidenceId, hypothesisId, c);
  }

  /** The matrix with its ranking and non-diagnostic items. */
  public AchMatrix matrix(String matrix) {
    String m = existing(matrix);
    return score(m, store.hypotheses(m), store.evidence(m), store.ratings(m));
  }

  /** Scores a matrix (see {@link HypothesisScore}). */
  static AchMatrix score(String name, List<Hypothesis> hs, List<Evidence> es,
      Map<String, Map<String, Consistency>> ratings) {
    List<HypothesisScore> ranking = new ArrayList<>();
    for (Hypothesis h : hs) {
      int count = 0;
      double score = 0;
      for (Evidence e : es) {
        Map<String, Consistency> row = ratings.get(e.id());
        Consistency c = row == null ? null : row.get(h.id());
        if (c != null && c.inconsistency() > 0) {
          count++;
          score += c.inconsistency() * e.weight();
        }
      }
      ranking.add(new HypothesisScore(h, count, score));
    }
    ranking.sort(Comparator.comparingDouble(HypothesisScore::score)
        .thenComparingInt(s -> Integer.parseInt(s.hypothesis().id().substring(1))));
    List<String> nonDiagnostic = new ArrayList<>();
    if (hs.size() > 1) {
      for (Evidence e : es) {
        Map<String, Consistency> row = ratings.get(e.id());
        Set<Consistency> seen = new HashSet<>();
        boolean complete = row != null;
        for (Hypothesis h : hs) {
          Consistency c = row == null ? null : row.get(h.id());
          complete &= c != null;
          seen.add(c);
        }
        if (complete && seen.size() == 1) {
          nonDiagnostic.add(e.id());
        }
      }
    }
    return new AchMatrix(name, hs, es, ratings, ranking, nonDiagnostic);
  }

  private String existing(String matrix) {
    String m = name(matrix);
    if (!store.exists(m)) {
      throw new IllegalArgumentException("no ACH matrix named '" + m + "' (add a hypothesis to "
          + "create it)");
    }
    return m;
  }

  private static String name(String matrix) {
    String m = matrix == null || matrix.isBlank() ? "default" : matrix.trim();
    if (!m.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("a matrix name is 1-64 letters, digits, '.', '_' or '-',"
          + " not: " + matrix);
    }
    return m;
  }

  private static String text(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("the " + what + " is empty");
    }
    return s.strip();
  }

  private static IllegalArgumentException unknown(String what, String id, String matrix) {
    return new IllegalArgumentException("no " + what + " " + id + " in matrix " + matrix);
  }

  @Override
  public void close() {
    store.close();
  }
}
