package org.fourpi.toolkit.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void putsAQuoteBeforeCsvTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetText.forCsv("=HYPERLINK(\"http://example.com\")")).isEqualTo("'=HYPERLINK(\"http://example.com\")");
        assertThat(SpreadsheetText.forCsv("+44 7700 900123")).isEqualTo("'+44 7700 900123");
        assertThat(SpreadsheetText.forCsv("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetText.forCsv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.forCsv("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.forCsv("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        assertThat(SpreadsheetText.forCsv("Return train")).isEqualTo("Return train");
        assertThat(SpreadsheetText.forCsv("Cost = 3")).isEqualTo("Cost = 3");
        assertThat(SpreadsheetText.forCsv("")).isEmpty();
        assertThat(SpreadsheetText.forCsv(null)).isEmpty();
        assertThat(SpreadsheetText.looksLikeFormula("")).isFalse();
    }
}
