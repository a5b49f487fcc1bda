package org.caspian.cli;

import picocli.CommandLine.Option;

/** Where the HTTP server listens; shared by {@code demo} and {@code serve}. */
final class ServerOptions {
  @Option(names = "--port", defaultValue = "8080",
      description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;
}
