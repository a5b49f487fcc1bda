package org.caspian.ingest.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed with {@link HttpClient}: a User-Agent naming Caspian, conditional GET ({@code
 * If-None-Match}, {@code If-Modified-Since}), a deadline for the whole exchange, a size limit
 * enforced while the body streams in, and redirects followed by hand (at most five), each target
 * checked by the {@link AddressGuard} before it is contacted.
 */
public final class FeedFetcher {
  /** The User-Agent sent with every request. */
  public static final String USER_AGENT = "Caspian/0.1 (feed watcher; news research)";
  private static final int MAX_REDIRECTS = 5;

  /**
   * A fetched feed.
   *
   * @param url where the feed was finally found (after redirects)
   * @param notModified true for a 304 answer to a conditional request (no body)
   * @param body the feed's bytes (empty when not modified)
   * @param etag the {@code ETag} to send next time, or empty
   * @param lastModified the {@code Last-Modified} to send next time, or empty
   * @param fetchedAt when the answer arrived
   */
  public record Fetched(URI url, boolean notModified, byte[] body, String etag,
      String lastModified, Instant fetchedAt) {}

  /** A fetch that failed, with a one-line reason. */
  public static final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String reason) {
      super(reason);
    }
  }

  private final HttpClient client;
  private final AddressGuard guard;
  private final long maxBytes;
  private final Duration timeout;
  private final Clock clock;

  public FeedFetcher(AddressGuard guard, long maxBytes, Duration timeout, Clock clock) {
    this.guard = guard;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout)
        .build();
  }

  /** Fetches {@code url}, sending the validators of the last fetch when given (may be empty). */
  public Fetched fetch(URI url, String etag, String lastModified) throws FetchException {
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      try {
        guard.check(current);
      } catch (AddressGuard.RefusedException e) {
        throw new FetchException(e.getMessage());
      }
      HttpRequest.Builder req = HttpRequest.newBuilder(current).GET().timeout(timeout)
          .header("User-Agent", USER_AGENT)
          .header("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, "
              + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
      if (!etag.isEmpty()) {
        req.header("If-None-Match", etag);
      }
      if (!lastModified.isEmpty()) {
        req.header("If-Modified-Since", lastModified);
      }
      HttpResponse<byte[]> res = send(req.build());
      int status = res.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = res.headers().firstValue("Location").orElse("");
        if (location.isEmpty()) {
          throw new FetchException("HTTP " + status + " without a Location header");
        }
        try {
          current = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchException("HTTP " + status + " to a bad Location: " + location);
        }
        continue;
      }
      Instant now = clock.instant();
      String newEtag = res.headers().firstValue("ETag").orElse("");
      String newModified = res.headers().firstValue("Last-Modified").orElse("");
      if (status == 304) {
        return new Fetched(current, true, new byte[0], newEtag.isEmpty() ? etag : newEtag,
            newModified.isEmpty() ? lastModified : newModified, now);
      }
      if (status != 200) {
        throw new FetchException("HTTP " + status);
      }
      return new Fetched(current, false, res.body(), newEtag, newModified, now);
    }
    throw new FetchException("more than " + MAX_REDIRECTS + " redirects");
  }

  private HttpResponse<byte[]> send(HttpRequest req) throws FetchException {
    CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, info ->
        info.statusCode() == 200 ? new LimitedBody(maxBytes)
            : HttpResponse.BodySubscribers.replacing(new byte[0]));
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new FetchException("timed out after " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
        c = c.getCause();
      }
      if (c instanceof LimitedBody.TooLargeException) {
        throw new FetchException(c.getMessage());
      }
      if (c instanceof HttpTimeoutException) {
        throw new FetchException("timed out after " + timeout.toSeconds() + " s");
      }
      String m = c == null || c.getMessage() == null ? String.valueOf(c) : c.getMessage();
      String kind = c instanceof IOException ? "connection failed" : "fetch failed";
      throw new FetchException(kind + ": " + m.replaceAll("\\s+", " ").strip());
    }
  }
}
