package org.caspian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @ParameterizedTest
  @ValueSource(strings = {"2024-12-25", "2024-12-25T10:15:00+04:00", "2024-12-25T10:15:00Z",
      "Wed, 25 Dec 2024 10:15:00 GMT", "December 25, 2024", "Dec 25, 2024", "25 December 2024",
      "25.12.2024"})
  void known_forms_parse(String s) {
    assertThat(parser.parse(s)).contains(LocalDate.of(2024, 12, 25));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "soon", "2024-13-40", "25/12"})
  void others_are_empty(String s) {
    assertThat(parser.parse(s)).isEmpty();
  }
}
