package org.caspian.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientDatesTest {
  private final LenientDates dates = new LenientDates();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mon, 30 Jun 2025 10:00:00 GMT        | 2025-06-30T10:00Z",
      "Thu,28 Jul 2022 4:35:5 GMT+9         | 2022-07-28T04:35:05+09:00",
      "Sun, 22 Aug 2021 14:24:00 +0300      | 2021-08-22T14:24+03:00",
      "Wed, 02 Apr 2014 20:48:31 EST        | 2014-04-02T20:48:31-05:00",
      "2025-06-30T10:00:00+04:00            | 2025-06-30T10:00+04:00",
      "2025-06-30T10:00:00.123Z             | 2025-06-30T10:00Z",
      "2025-06-30 10:00:00 +0400            | 2025-06-30T10:00+04:00",
      "June 30, 2025 at 3:15 pm UTC         | 2025-06-30T15:15Z",
      "30 июня 2025 14:20 MSK               | 2025-06-30T14:20+03:00",
      "30.06.2025 14:20 +04:00              | 2025-06-30T14:20+04:00",
  })
  void instants_keep_their_offset(String in, String expected) {
    assertThat(dates.parse(in).map(DateStamp::at).map(Object::toString)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-06-30                | 2025-06-30",
      "2025-06-30T10:00:00       | 2025-06-30",
      "30 июня 2025              | 2025-06-30",
      "30 iyun 2025              | 2025-06-30",
      "30 հունիսի 2025           | 2025-06-30",
      "Jun 30, 2025              | 2025-06-30",
      "30.06.2025                | 2025-06-30",
      "2025/06/30                | 2025-06-30",
      "Tue, 1 Jul 25             | 2025-07-01",
  })
  void dates_without_zone_give_the_date_only(String in, String expected) {
    Optional<DateStamp> d = dates.parse(in);
    assertThat(d).isPresent();
    assertThat(d.get().date()).isEqualTo(LocalDate.parse(expected));
    assertThat(d.get().at()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"yesterday", "31 February 2025", "2025-13-01",
      "30 Brumaire 2025", "25:61 30 June 2025", "''"})
  void non_dates_are_empty(String in) {
    assertThat(dates.parse(in)).isEmpty();
  }

  @Test
  void dates_are_found_in_running_text() {
    assertThat(dates.find("Posted 3 June 2024 by T. A.")).contains(LocalDate.of(2024, 6, 3));
    assertThat(dates.find("Опубликовано 5 марта 2025 г.")).contains(LocalDate.of(2025, 3, 5));
    assertThat(dates.find("Yenilənib: 10 dekabr 2024")).contains(LocalDate.of(2024, 12, 10));
    assertThat(dates.find("no date here, only 2025 and 31.02.2025")).isEmpty();
  }
}
