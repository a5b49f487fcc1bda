package org.caspian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.caspian.model.Article;
import org.caspian.query.alert.AlertHit;
import org.caspian.query.alert.AlertService;
import org.caspian.store.lucene.LuceneStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches each newly stored article against the saved query alerts as ingest and watch store it,
 * printing one line per hit (the hit is also recorded for the alerts feed). Does nothing when the
 * workspace has no alerts file, so an ingest without alerts creates no workspace.
 */
final class AlertMatching implements Consumer<Article>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertMatching.class);

  private final AlertService alerts;
  private final PrintWriter out;

  private AlertMatching(AlertService alerts, PrintWriter out) {
    this.alerts = alerts;
    this.out = out;
  }

  /** Matching against the alerts in the workspace of {@code index}, if it has any. */
  static AlertMatching open(Path index, LuceneStore store, PrintWriter out) {
    Path workspace = Workspace.dir(index, null);
    if (!Files.exists(workspace.resolve("alerts.mv.db"))) {
      return new AlertMatching(null, out);
    }
    try {
      return new AlertMatching(AlertService.open(workspace, store, Clock.systemUTC()), out);
    } catch (IOException | RuntimeException e) {
      // Another process (a running server) may hold the file: ingest goes on without alerts.
      LOG.warn("alerts are not matched during this run: cannot open {} ({})",
          workspace.resolve("alerts.mv.db"), e.getMessage());
      return new AlertMatching(null, out);
    }
  }

  @Override
  public synchronized void accept(Article article) {
    if (alerts == null) {
      return;
    }
    try {
      for (AlertHit h : alerts.match(article)) {
        out.println("alert " + h.alertId() + " (" + h.alertName() + "): " + h.key() + " "
            + h.title());
      }
      out.flush();
    } catch (RuntimeException e) {
      LOG.warn("alert matching failed for {}: {}", article.id(), e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    if (alerts != null) {
      alerts.close();
    }
  }
}
