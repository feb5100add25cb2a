package org.opencrm.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2024-03-01, 2024-03-01T00:00:00Z",
        "2024-02-29, 2024-02-29T00:00:00Z",
        "1969-12-31, 1969-12-31T00:00:00Z",
        "0001-01-01, 0001-01-01T00:00:00Z",
        "20240301, 2024-03-01T00:00:00Z",
        "2024-03-01T10:15:30, 2024-03-01T10:15:30Z",
        "2024-03-01 10:15:30, 2024-03-01T10:15:30Z",
        "2024-03-01T10:15:30Z, 2024-03-01T10:15:30Z",
        "2024-03-01 23:59:59Z, 2024-03-01T23:59:59Z",
        "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
        "2024-03-01T10:15:30.250Z, 2024-03-01T10:15:30.250Z",
        "2024-03-01T10:15:30+08:00, 2024-03-01T02:15:30Z",
        "' 2024-03-01 ', 2024-03-01T00:00:00Z"})
    void readsTheSpellingsExportsUse(String text, String expected) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-001",
        "2024-0a-01", "２０２４-01-01", "+124-01-01", "yesterday", "01/03/2024", "2024-13-01T00:00:00", "20241301",
        "2023-02-29T10:00:00Z", "2024-03-01T24:00:00Z", "2024-03-01T10:60:00Z", "2024-03-01T1a:00:00Z",
        "2024-03-01X10:00:00Z"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }
}
