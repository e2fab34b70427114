package org.fourpi.toolkit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.payments.LedgerFormat;
import org.fourpi.toolkit.payments.PaymentLedgerExportService;

/**
 * Runs the payments ledger export and says what happened in plain words: what is done on standard
 * output, problems on standard error. Returns the exit code.
 */
public final class PaymentsFileConsole {

    /** Tax years the program can hold claims for. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public PaymentsFileConsole(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Writes the ledger, for one tax year or every year, and says where it is. */
    public int exportPayments(PaymentLedgerExportService service, Path file, Optional<Integer> taxYear) {
        if (LedgerFormat.of(file).isEmpty()) {
            err.println(messages.text("cli.ledger.wrongFile"));
            return 1;
        }
        if (taxYear.isPresent() && (taxYear.get() < FIRST_YEAR || taxYear.get() > LAST_YEAR)) {
            err.println(messages.text("cli.ledger.wrongYear"));
            return 1;
        }
        int count;
        try {
            count = service.export(file, taxYear.map(TaxYear::starting), Progress.NONE);
        } catch (UncheckedIOException e) {
            err.println(messages.text("payments.ledger.failed", file.toAbsolutePath()));
            return 1;
        }
        out.println(messages.text("cli.ledger.done", count, file.toAbsolutePath()));
        return 0;
    }
}
