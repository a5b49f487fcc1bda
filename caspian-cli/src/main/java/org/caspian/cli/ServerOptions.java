package org.caspian.cli;

import picocli.CommandLine.Option;

/** Where the HTTP server listens and whether it asks for tokens; shared by {@code demo} and {@code serve}. */
final class ServerOptions {
  @Option(names = "--port", defaultValue = "8080",
      description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}). Any other than loopback needs "
          + "auth: tokens made by 'caspian token', or --auth.")
  String host;

  @Option(names = "--auth", description = "Ask every request for a token even when none has "
      + "been made yet (auth is on anyway once 'caspian token' has made one).")
  boolean auth;
}
