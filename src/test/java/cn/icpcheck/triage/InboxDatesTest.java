package cn.icpcheck.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A review-by date as staff or another spreadsheet program write it as text. */
class InboxDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-20", "2026/12/20", "2026.12.20", "2026年12月20日", "20261220", " 2026-12-20 ",
            "2026-12-20T00:00:00", "2026-12-20 00:00", "2026/12/20 08:30:00", "2026-12-20T00:00:00.000"})
    void aDateWrittenAsTextIsRead(String text) {
        assertThat(InboxReader.date(text)).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"next week", "2026-13-01", "2026-02-30", "20/12/2026 x", "2026-12-20 noon"})
    void anythingElseIsNotADate(String text) {
        assertThat(InboxReader.date(text)).isNull();
    }
}
