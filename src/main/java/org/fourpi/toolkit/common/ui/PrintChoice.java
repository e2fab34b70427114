package org.fourpi.toolkit.common.ui;

import java.util.Objects;

/**
 * What came of offering the computer's print dialog: no printer is set up, the person cancelled, or they
 * chose a printer and settings, which {@link #printer()} then prints with.
 */
public sealed interface PrintChoice {

    /** The computer has no printer set up, so nothing was shown. */
    record NoPrinter() implements PrintChoice {
    }

    /** The person closed the print dialog without printing. */
    record Cancelled() implements PrintChoice {
    }

    /** The person chose a printer and pressed Print. */
    record Chosen(DocumentPrinter printer) implements PrintChoice {
        public Chosen {
            Objects.requireNonNull(printer);
        }
    }
}
