package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caspian.server.auth.TokenRole;
import org.caspian.server.auth.TokenStore;
import org.caspian.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caspian token} and the server's refusal of a public address without auth. */
class TokenCommandTest {
  @TempDir Path dir;

  @Test
  void token_prints_a_token_and_keeps_only_its_digest_beside_the_index() throws Exception {
    Path index = dir.resolve("idx");
    CliRun run = CliRun.run("--index", index.toString(), "token", "--role", "reader");
    assertThat(run.exit).as(run.err).isZero();
    String token = run.out.strip();
    assertThat(token).startsWith("csp_").hasSizeGreaterThan(40);
    Path file = dir.resolve("idx.tokens");
    assertThat(run.err).contains(file.toString());
    assertThat(Files.readString(file)).doesNotContain(token).contains("\treader\t");
    assertThat(new TokenStore(file).roleOf(token)).hasValue(TokenRole.READER);
    assertThat(Files.exists(index)).as("no index is created").isFalse();
  }

  @Test
  void a_bad_role_is_a_usage_error() {
    CliRun run = CliRun.run("--index", dir.resolve("idx").toString(), "token", "--role", "boss");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("--role must be reader or admin");
  }

  @Test
  void serve_refuses_a_public_address_without_auth() throws Exception {
    Path index = dir.resolve("idx");
    LuceneStore.open(index).close();
    CliRun run = CliRun.run("--index", index.toString(), "serve", "--host", "0.0.0.0",
        "--port", "0");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err.strip()).startsWith("caspian: error: refusing to listen on 0.0.0.0")
        .contains("caspian token").doesNotContain("\tat ");
  }
}
