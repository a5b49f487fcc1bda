package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"demo", "analyze", "ingest", "search", "dyad", "serve", "eval", "bench"})
  void every_command_has_help_and_the_global_index_option(String command) {
    CliRun r = CliRun.run(command, "--help");
    assertThat(r.exit).isZero();
    assertThat(r.out).contains("Usage: caspian " + command).contains("--index=DIR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "ingest", "search", "dyad", "serve", "bench", "eval", "analyze"})
  void unknown_options_are_usage_errors(String command) {
    CliRun r = CliRun.run(command, "--no-such-option");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).containsAnyOf("--no-such-option", "Missing required parameter");
  }
}
