package org.caspian.ingest.watch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL may be fetched: {@code http} or {@code https} only, and every address its
 * host resolves to must be public: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local, carrier-grade NAT (100.64/10), unspecified and multicast addresses are refused.
 * Loopback can be allowed (for tests and local mirrors); private addresses never are.
 *
 * <p>Limitation: the HTTP client resolves the host again when it connects, so a DNS answer that
 * changes between the check and the connection (DNS rebinding) is not caught.
 */
public final class AddressGuard {
  private final boolean allowLoopback;

  public AddressGuard(boolean allowLoopback) {
    this.allowLoopback = allowLoopback;
  }

  /** Thrown with a one-line reason when a URL may not be fetched. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedException(String reason) {
      super(reason);
    }
  }

  /** Returns normally when {@code url} may be fetched. */
  public void check(URI url) throws RefusedException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new RefusedException("refused: only http and https URLs are fetched: " + url);
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new RefusedException("refused: no host in " + url);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new RefusedException("unknown host: " + host);
    }
    for (InetAddress a : addresses) {
      String why = forbidden(a);
      if (why != null) {
        throw new RefusedException("refused: " + host + " is " + why + " ("
            + a.getHostAddress() + ")" + (why.equals("a loopback address")
                ? "; --allow-loopback allows it" : ""));
      }
    }
  }

  /** Why {@code a} may not be fetched, or {@code null} when it may. */
  String forbidden(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return allowLoopback ? null : "a loopback address";
    }
    if (a.isAnyLocalAddress()) {
      return "an unspecified address";
    }
    if (a.isSiteLocalAddress() || isUniqueLocal(a) || isCarrierNat(a)) {
      return "a private address";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (a.isMulticastAddress()) {
      return "a multicast address";
    }
    if (a instanceof Inet6Address v6 && isMappedV4(v6)) {
      byte[] b = v6.getAddress();
      try {
        return forbidden(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
      } catch (UnknownHostException e) {
        return "an unreadable address";
      }
    }
    return null;
  }

  private static boolean isUniqueLocal(InetAddress a) {
    return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
  }

  private static boolean isCarrierNat(InetAddress a) {
    if (!(a instanceof Inet4Address)) {
      return false;
    }
    byte[] b = a.getAddress();
    return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }

  private static boolean isMappedV4(Inet6Address a) {
    byte[] b = a.getAddress();
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
