package org.caspian.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DyadCsvTest {
  @Test
  void header_and_lines_follow_the_contract() {
    String csv = DyadCsv.toCsv(List.of(
        new DyadRow("2025-06", 3, 0, 0, 2, 1, -12.0, -4.0),
        new DyadRow("2025-07", 3, 1, 1, 1, 0, 6.4, 6.4 / 3)));
    assertThat(csv).isEqualTo(
        "period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\n"
            + "2025-06,3,0,0,2,1,-12.000,-4.000\n"
            + "2025-07,3,1,1,1,0,6.400,2.133\n");
  }

  @Test
  void decimals_ignore_the_default_locale_and_negative_zero() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(DyadCsv.line(new DyadRow("2025-W27", 2, 1, 0, 1, 0, 0.5, 0.25)))
          .isEqualTo("2025-W27,2,1,0,1,0,0.500,0.250");
      assertThat(DyadCsv.line(new DyadRow("2025-W27", 1, 0, 0, 1, 0, -0.0001, -0.0001)))
          .endsWith(",0.000,0.000");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void fields_with_commas_quotes_or_breaks_are_quoted() {
    assertThat(DyadCsv.escape("plain")).isEqualTo("plain");
    assertThat(DyadCsv.escape("a,b")).isEqualTo("\"a,b\"");
    assertThat(DyadCsv.escape("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(DyadCsv.escape("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
