package org.caspian.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the dashboard's own files ({@code /static/...}) and WebJar files ({@code /webjars/...})
 * from the classpath. A WebJar path with a {@code dist/} segment also finds files that the WebJar
 * keeps without it (the ECharts WebJar has {@code echarts.min.js} at its version root). Found files
 * are cached in memory; nothing is read from disk or network.
 */
final class Assets {
  private static final String STATIC_ROOT = "org/caspian/server/static/";
  private static final String WEBJAR_ROOT = "META-INF/resources/webjars/";
  private static final Pattern STATIC_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern WEBJAR_PATH = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "mjs", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "map", "application/json",
      "json", "application/json",
      "svg", "image/svg+xml",
      "png", "image/png");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
  private final ClassLoader loader = Assets.class.getClassLoader();

  /** GET /static/{name}. */
  void serveStatic(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    if (!STATIC_NAME.matcher(name).matches()) {
      JsonOut.error(ctx, 404, "no such file: " + name);
      return;
    }
    send(ctx, STATIC_ROOT + name, "no-cache");
  }

  /** GET /webjars/{path...}. */
  void serveWebjar(Context ctx) throws IOException {
    String path = ctx.pathParam("path");
    if (!WEBJAR_PATH.matcher(path).matches() || path.contains("..")) {
      JsonOut.error(ctx, 404, "no such file: " + path);
      return;
    }
    String resource = WEBJAR_ROOT + path;
    if (load(resource).isEmpty() && path.contains("/dist/")) {
      resource = WEBJAR_ROOT + path.replace("/dist/", "/");
    }
    send(ctx, resource, "public, max-age=31536000, immutable");
  }

  private void send(Context ctx, String resource, String cacheControl) throws IOException {
    Optional<byte[]> bytes = load(resource);
    if (bytes.isEmpty()) {
      JsonOut.error(ctx, 404, "no such file: " + ctx.path());
      return;
    }
    int dot = resource.lastIndexOf('.');
    String ext = dot < 0 ? "" : resource.substring(dot + 1);
    ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
    ctx.header("Cache-Control", cacheControl);
    ctx.result(bytes.get());
  }

  private Optional<byte[]> load(String resource) throws IOException {
    byte[] cached = cache.get(resource);
    if (cached != null) {
      return Optional.of(cached);
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      cache.put(resource, bytes);
      return Optional.of(bytes);
    }
  }
}
