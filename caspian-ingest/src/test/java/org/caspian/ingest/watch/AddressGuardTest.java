package org.caspian.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://10.1.2.3/feed          | a private address",
      "http://172.16.0.1/feed        | a private address",
      "http://192.168.1.1/feed       | a private address",
      "http://100.64.0.1/feed        | a private address",
      "http://[fd00::1]/feed         | a private address",
      "http://169.254.169.254/latest | a link-local address",
      "http://0.0.0.0/feed           | an unspecified address",
      "http://224.0.0.1/feed         | a multicast address",
      "http://127.0.0.1/feed         | a loopback address",
      "http://[::1]/feed             | a loopback address",
  })
  void non_public_addresses_are_refused(String url, String why) {
    assertThatThrownBy(() -> new AddressGuard(false).check(URI.create(url)))
        .hasMessageContaining(why);
  }

  @Test
  void loopback_can_be_allowed_but_private_addresses_never() {
    AddressGuard guard = new AddressGuard(true);
    assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> guard.check(URI.create("http://10.0.0.1/feed")))
        .hasMessageContaining("a private address");
  }

  @Test
  void public_addresses_pass_and_other_schemes_do_not() {
    AddressGuard guard = new AddressGuard(false);
    assertThatCode(() -> guard.check(URI.create("https://93.184.215.14/feed")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd")))
        .hasMessageStartingWith("refused: only http and https");
    assertThat(guard.forbidden(java.net.InetAddress.getLoopbackAddress()))
        .isEqualTo("a loopback address");
  }
}
