package org.caspian.server.auth;

/** A request refused for want of a token (401) or of a role (403); the message says which. */
public final class AccessDenied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  AccessDenied(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** 401 or 403. */
  public int status() {
    return status;
  }
}
