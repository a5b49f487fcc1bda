package org.caspian.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.caspian.server.CaspianServer;
import org.caspian.store.ArticleStore;

/** Starts the HTTP server over a store and blocks until the process is asked to stop. */
final class ServerRunner {
  private ServerRunner() {}

  static void serve(ArticleStore store, String host, int port, PrintWriter out)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    try (CaspianServer server = CaspianServer.start(store, host, port)) {
      Thread hook = new Thread(stop::countDown, "caspian-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("Caspian is serving " + store.count() + " articles at " + server.url());
      out.println("Press Ctrl-C to stop.");
      out.flush();
      stop.await();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        throw (InterruptedException) e;
      }
      throw new IllegalStateException("server failed: " + e.getMessage(), e);
    }
  }
}
