package org.caspian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.time.Clock;
import org.caspian.query.LuceneCorpusQueries;
import org.caspian.query.workbench.LuceneWorkbench;
import org.caspian.server.CaspianServer;
import org.caspian.server.auth.AuthSettings;
import org.caspian.server.auth.TokenStore;
import org.caspian.store.ArticleStore;

/** Starts the HTTP server over a store and blocks until the process is asked to stop. */
final class ServerRunner {
  private ServerRunner() {}

  static void serve(ArticleStore store, Path index, ServerOptions options, PrintWriter out)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    TokenStore tokens = new TokenStore(TokenStore.besideIndex(index));
    AuthSettings auth = new AuthSettings(tokens, options.auth);
    try (LuceneWorkbench desk = LuceneWorkbench.over(store, Workspace.dir(index, null),
            Clock.systemUTC());
        CaspianServer server = CaspianServer.start(LuceneCorpusQueries.over(store), desk,
            options.host, options.port, auth)) {
      Thread hook = new Thread(stop::countDown, "caspian-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("Caspian is serving " + store.count() + " articles at " + server.url());
      out.println(auth.enabled() ? "Auth is on: requests need a token from " + tokens.file()
          : "Auth is off (loopback only): everything is open.");
      out.println("Press Ctrl-C to stop.");
      out.flush();
      stop.await();
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        throw (InterruptedException) e;
      }
      throw new IllegalStateException("server failed: " + e.getMessage(), e);
    }
  }
}
