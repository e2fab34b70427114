package org.fourpi.toolkit.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.print.PageRange;

import org.junit.jupiter.api.Test;

class FxDocumentPrinterTest {

    @Test
    void printsEveryPageWhenThePrintDialogAskedForNoRange() {
        assertThat(FxDocumentPrinter.chosenPages(4, null)).containsExactly(0, 1, 2, 3);
        assertThat(FxDocumentPrinter.chosenPages(3, new PageRange[0])).containsExactly(0, 1, 2);
    }

    @Test
    void printsOnlyThePagesChosenThatThePackHasEachOnce() {
        PageRange[] chosen = {new PageRange(2, 3), new PageRange(3, 9)};

        assertThat(FxDocumentPrinter.chosenPages(5, chosen)).containsExactly(1, 2, 3, 4);
    }
}
