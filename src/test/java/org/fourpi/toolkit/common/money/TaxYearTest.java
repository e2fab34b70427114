package org.fourpi.toolkit.common.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TaxYearTest {

    @Test
    void fifthOfAprilEndsTheYearAndSixthStartsTheNext() {
        assertThat(TaxYear.of(LocalDate.of(2027, 4, 5))).isEqualTo(TaxYear.starting(2026));
        assertThat(TaxYear.of(LocalDate.of(2027, 4, 6))).isEqualTo(TaxYear.starting(2027));
        assertThat(TaxYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(TaxYear.starting(2026));
        assertThat(TaxYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(TaxYear.starting(2026));
    }

    @Test
    void runsFromSixthAprilToFifthApril() {
        TaxYear year = TaxYear.starting(2026);
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(year.end()).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(year.contains(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(year.contains(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 4, 5))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 4, 6))).isFalse();
    }

    @Test
    void coversLeapDaysInTheRightYear() {
        assertThat(TaxYear.of(LocalDate.of(2028, 2, 29))).isEqualTo(TaxYear.starting(2027));
        assertThat(TaxYear.starting(2027).contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(TaxYear.starting(2027).end()).isEqualTo(LocalDate.of(2028, 4, 5));
    }

    @Test
    void isNamedByItsTwoCalendarYears() {
        assertThat(TaxYear.starting(2026).label()).isEqualTo("2026-27");
        assertThat(TaxYear.starting(1999).label()).isEqualTo("1999-00");
        assertThat(TaxYear.starting(2026).next()).isEqualTo(TaxYear.starting(2027));
    }
}
