package org.caspian.query.alert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caspian.model.Article;
import org.caspian.query.DyadService;
import org.caspian.query.Granularity;
import org.caspian.query.series.EscalationMarker;
import org.caspian.query.series.EscalationRule;
import org.caspian.query.series.EscalationService;
import org.caspian.store.lucene.SearcherSource;

/**
 * Saved alerts and their checks. A query alert reports each article that matches its query and
 * was not reported before; an escalation alert reports each period its dyad's series marks under
 * the default {@link EscalationRule}. When an alert is saved, what already matches is taken as
 * seen (unless asked otherwise), so it reports only what arrives afterwards. Close it to release
 * the file.
 */
public final class AlertService implements AutoCloseable {
  private final AlertStore store;
  private final AlertQueries queries;
  private final EscalationService escalations;
  private final Clock clock;

  private AlertService(AlertStore store, SearcherSource index, Clock clock) {
    this.store = store;
    this.queries = new AlertQueries(index);
    this.escalations = new EscalationService(new DyadService(index));
    this.clock = clock;
  }

  /** Opens {@code alerts.mv.db} in {@code workspace} (creating it), checking against {@code index}. */
  public static AlertService open(Path workspace, SearcherSource index, Clock clock)
      throws IOException {
    Objects.requireNonNull(index, "index");
    return new AlertService(AlertStore.open(workspace), index, Objects.requireNonNull(clock));
  }

  /**
   * Saves a query alert.
   *
   * @param includeExisting report articles already in the index at the next check too
   * @throws IllegalArgumentException when the query does not parse
   */
  public SavedAlert addQuery(String name, String query, boolean includeExisting)
      throws IOException {
    AlertQueries.parse(query);
    SavedAlert a = new SavedAlert(store.nextId(), AlertKind.QUERY, label(name, query),
        query.trim(), "", "", "", clock.instant().toString());
    if (!includeExisting) {
      List<String> ids = new ArrayList<>();
      queries.matches(a.query()).forEach(m -> ids.add(m.id()));
      store.markSeen(a.id(), ids);
    }
    store.put(a);
    return a;
  }

  /** Saves an escalation alert on the dyad {@code a}–{@code b}. */
  public SavedAlert addEscalation(String name, String a, String b, Granularity by,
      boolean includeExisting) throws IOException {
    String x = code(a);
    String y = code(b);
    SavedAlert alert = new SavedAlert(store.nextId(), AlertKind.ESCALATION,
        label(name, "escalation " + x + "-" + y), "", x, y, by.label(),
        clock.instant().toString());
    if (!includeExisting) {
      List<String> keys = new ArrayList<>();
      for (EscalationMarker m : markers(alert)) {
        keys.add(m.period());
      }
      store.markSeen(alert.id(), keys);
    }
    store.put(alert);
    return alert;
  }

  /** Every saved alert, in the order saved. */
  public List<SavedAlert> list() {
    return store.all();
  }

  /**
   * Removes an alert.
   *
   * @throws IllegalArgumentException when there is no such alert
   */
  public void remove(String id) {
    store.get(id).orElseThrow(() -> new IllegalArgumentException("no alert " + id));
    store.remove(id);
  }

  /** Runs every alert; returns and records what none reported before. */
  public List<AlertHit> check() throws IOException {
    String now = clock.instant().toString();
    List<AlertHit> found = new ArrayList<>();
    for (SavedAlert a : store.all()) {
      List<String> keys = new ArrayList<>();
      if (a.kind() == AlertKind.QUERY) {
        for (AlertQueries.Match m : queries.matches(a.query())) {
          if (!store.seen(a.id(), m.id())) {
            keys.add(m.id());
            found.add(new AlertHit(a.id(), a.name(), m.id(), m.title(), m.outlet(),
                m.published(), m.url(), now));
          }
        }
      } else {
        Granularity by = Granularity.parse(a.granularity());
        for (EscalationMarker m : markers(a)) {
          if (!store.seen(a.id(), m.period())) {
            keys.add(m.period());
            found.add(new AlertHit(a.id(), a.name(), a.dyadA() + "-" + a.dyadB() + " "
                + m.period(), String.format(Locale.ROOT, "%s-%s escalation in %s: %d conflict "
                    + "events against a baseline of %.2f (z %.1f)", a.dyadA(), a.dyadB(),
                    m.period(), m.conflicts(), m.baselineMean(), m.z()), "",
                by.first(m.period()), "", now));
          }
        }
      }
      store.markSeen(a.id(), keys);
    }
    store.record(found);
    return found;
  }

  /**
   * Matches one article as it is ingested against every query alert, in memory (see {@link
   * ArticleMatcher}); returns and records the hits of alerts that had not reported it yet, and
   * marks it seen for them, so a later {@link #check()} does not report it again.
   */
  public List<AlertHit> match(Article article) {
    String now = clock.instant().toString();
    List<AlertHit> found = new ArrayList<>();
    for (SavedAlert a : new ArticleMatcher().matching(article, store.all())) {
      if (!store.seen(a.id(), article.id())) {
        found.add(new AlertHit(a.id(), a.name(), article.id(), article.title(), article.source(),
            article.published(), article.url(), now));
        store.markSeen(a.id(), List.of(article.id()));
      }
    }
    store.record(found);
    return found;
  }

  /** The recorded hits, newest first (at most {@value AlertStore#HISTORY}). */
  public List<AlertHit> history() {
    return store.history();
  }

  private List<EscalationMarker> markers(SavedAlert a) throws IOException {
    return escalations.markers(a.dyadA(), a.dyadB(), Granularity.parse(a.granularity()), false,
        EscalationRule.DEFAULT);
  }

  private static String label(String name, String fallback) {
    return name == null || name.isBlank() ? fallback.trim() : name.trim();
  }

  private static String code(String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("an escalation alert needs two actors");
    }
    return s.trim().toUpperCase(Locale.ROOT);
  }

  @Override
  public void close() {
    store.close();
  }
}
