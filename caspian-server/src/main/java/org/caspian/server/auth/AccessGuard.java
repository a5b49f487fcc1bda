package org.caspian.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checked before every request. With auth off everything is open (the server then listens on
 * loopback only) and every request acts as admin. With auth on, a request needs a token in {@code
 * Authorization: Bearer ...}: reading (GET, HEAD) needs the reader role, anything else admin. A
 * browser may instead carry a token in the {@value #COOKIE} cookie set by the login page; the
 * cookie is honoured for reading only, so a page another site makes the browser submit can never
 * write. Static files, {@code /openapi.json}, {@code /api/health} and the login page are open.
 */
public final class AccessGuard {
  /** The cookie the login page sets. */
  public static final String COOKIE = "caspian_token";
  /** Request attribute holding the {@link TokenRole} a request acts with. */
  public static final String ROLE = "caspian.role";

  private static final List<String> OPEN_PREFIXES = List.of("/static/", "/webjars/");
  private static final List<String> OPEN_PATHS =
      List.of("/openapi.json", "/api/health", "/login", "/favicon.ico");

  private final AuthSettings settings;

  /** A guard applying {@code settings}. */
  public AccessGuard(AuthSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** True when requests must carry a token. */
  public boolean enabled() {
    return settings.enabled();
  }

  /**
   * Lets the request through, redirects a page request without a token to the login page, or
   * throws {@link AccessDenied}.
   */
  public void check(Context ctx) {
    if (!settings.enabled()) {
      ctx.attribute(ROLE, TokenRole.ADMIN);
      return;
    }
    String path = ctx.path();
    if (OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
      return;
    }
    boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    Optional<TokenRole> role = bearer(ctx).flatMap(this::roleOf);
    if (role.isEmpty() && reading) {
      role = Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(this::roleOf);
    }
    if (role.isEmpty()) {
      if (reading && !path.startsWith("/api/")) {
        ctx.redirect("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8),
            HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      ctx.header("WWW-Authenticate", "Bearer realm=\"caspian\"");
      throw new AccessDenied(401, bearer(ctx).isPresent() ? "the token is not valid"
          : "a token is required: send 'Authorization: Bearer <token>' (make one with "
              + "'caspian token --role reader')");
    }
    TokenRole needed = reading ? TokenRole.READER : TokenRole.ADMIN;
    if (!role.get().covers(needed)) {
      throw new AccessDenied(403, "this request needs the " + needed.label() + " role");
    }
    ctx.attribute(ROLE, role.get());
  }

  /** The role of {@code token}, or empty. */
  public Optional<TokenRole> roleOf(String token) {
    return settings.tokens() == null ? Optional.empty() : settings.tokens().roleOf(token);
  }

  private static Optional<String> bearer(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(h.substring(7).trim());
  }
}
