package org.caspian.cli;

/** Output formats of query commands. */
enum OutputFormat {
  TABLE,
  CSV,
  JSON
}
