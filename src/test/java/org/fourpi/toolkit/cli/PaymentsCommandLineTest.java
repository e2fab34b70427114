package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export-payments command reads its arguments as documented, explains itself and writes the ledger. */
class PaymentsCommandLineTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingCommandLine commandLine = new RecordingCommandLine();
    private final List<String> calls = commandLine.calls;

    private int run(String... args) {
        return commandLine.run(args);
    }

    private String out() {
        return commandLine.out();
    }

    private String err() {
        return commandLine.err();
    }

    @Test
    void passesTheFileTheTaxYearAndTheDataFolder() {
        assertThat(run("export-payments", "ledger.xlsx")).isZero();
        assertThat(run("export-payments", "ledger.csv", "--tax-year", "2026", "--data-dir", "d")).isZero();
        assertThat(run("--data-dir", "there", "export-payments", "--tax-year=2025", "l.xlsx")).isZero();

        assertThat(calls).containsExactly("payments - ledger.xlsx all", "payments d ledger.csv 2026",
                "payments there l.xlsx 2025");
    }

    @Test
    void refusesATaxYearThatIsNotANumberAndAMissingFile() {
        assertThat(run("export-payments", "ledger.xlsx", "--tax-year", "2026-27")).isEqualTo(2);
        assertThat(run("export-payments")).isEqualTo(2);

        assertThat(calls).isEmpty();
        assertThat(err()).contains("--tax-year", "FILE");
    }

    @Test
    void describesTheCommandInPlainWords() {
        run("--help");
        run("export-payments", "--help");

        assertThat(out()).contains("export-payments",
                "Write the payments ledger, one row per claim line,",
                "Only the tax year that starts on 6 April of YEAR");
        assertThat(out()).doesNotContain("''");
    }

    @Test
    void writesTheLedgerAndSaysWhereOrExplainsWhatIsWrong() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        PaymentsFileConsole console = new PaymentsFileConsole(TestServices.MESSAGES,
                new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(problems, true, StandardCharsets.UTF_8));
        try (TestServices test = TestServices.open(dataDir)) {
            long person = test.services().people().save(Person.named("Samira", "Okafor")).id();
            var claims = test.services().claims();
            claims.submit(claims.create(new ClaimDraft(person, "Steering group", "", LocalDate.of(2026, 5, 1), "",
                    List.of(LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)))).id());
            var export = test.services().paymentLedgerExport();
            Path csv = files.resolve("ledger.csv");

            assertThat(console.exportPayments(export, csv, Optional.of(2026))).isZero();
            assertThat(console.exportPayments(export, files.resolve("other.csv"), Optional.of(2027))).isZero();
            assertThat(console.exportPayments(export, files.resolve("ledger.pdf"), Optional.empty())).isEqualTo(1);
            assertThat(console.exportPayments(export, files.resolve("x.xlsx"), Optional.of(26))).isEqualTo(1);
            assertThat(console.exportPayments(export, files.resolve("gone").resolve("x.xlsx"), Optional.empty()))
                    .isEqualTo(1);

            assertThat(Files.readAllLines(csv)).hasSize(2);
            assertThat(Files.readAllLines(csv).get(1)).contains("Samira Okafor", "2026-05-01", "20.00");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Wrote 1 claim line to " + files.resolve("ledger.csv"),
                "Wrote no claim lines to");
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("ending in .xlsx or .csv",
                "such as 2026 for the tax year from 6 April 2026", "could not be written");
    }
}
