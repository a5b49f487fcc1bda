package org.caspian.server.auth;

/**
 * Whether requests must carry a token.
 *
 * @param tokens where tokens are kept, or null for none (then auth is off unless required)
 * @param required true to demand a token even before any has been made ({@code --auth})
 */
public record AuthSettings(TokenStore tokens, boolean required) {
  /** No authentication: everything is open (loopback only). */
  public static final AuthSettings OFF = new AuthSettings(null, false);

  /** True when requests must carry a token: asked for, or tokens exist. */
  public boolean enabled() {
    return required || (tokens != null && !tokens.isEmpty());
  }
}
