package org.fourpi.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The export-payments command reads its arguments as documented, explains itself and writes the ledger. */
class PaymentsCommandLineTest {

    /** Notes what the command line asked for instead of doing it. */
    private static final class RecordingActions implements CommandActions {
        final List<String> calls = new ArrayList<>();

        @Override
        public int openWindow(StartupOptions options) {
            calls.add("window");
            return 0;
        }

        @Override
        public int addExampleData(Optional<Path> dataDir) {
            return 0;
        }

        @Override
        public int importPeople(Optional<Path> dataDir, Path file, boolean dryRun) {
            return 0;
        }

        @Override
        public int exportPeople(Optional<Path> dataDir, Path file, boolean withEquality) {
            return 0;
        }

        @Override
        public int exportPayments(Optional<Path> dataDir, Path file, Optional<Integer> taxYear) {
            calls.add("payments " + dataDir.map(Path::toString).orElse("-") + " " + file + " "
                    + taxYear.map(String::valueOf).orElse("all"));
            return 0;
        }
    }

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingActions actions = new RecordingActions();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = ToolkitCommand.commandLine(actions);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void passesTheFileTheTaxYearAndTheDataFolder() {
        assertThat(run("export-payments", "ledger.xlsx")).isZero();
        assertThat(run("export-payments", "ledger.csv", "--tax-year", "2026", "--data-dir", "d")).isZero();
        assertThat(run("--data-dir", "there", "export-payments", "--tax-year=2025", "l.xlsx")).isZero();

        assertThat(actions.calls).containsExactly("payments - ledger.xlsx all", "payments d ledger.csv 2026",
                "payments there l.xlsx 2025");
    }

    @Test
    void refusesATaxYearThatIsNotANumberAndAMissingFile() {
        assertThat(run("export-payments", "ledger.xlsx", "--tax-year", "2026-27")).isEqualTo(2);
        assertThat(run("export-payments")).isEqualTo(2);

        assertThat(actions.calls).isEmpty();
        assertThat(err.toString()).contains("--tax-year", "FILE");
    }

    @Test
    void describesTheCommandInPlainWords() {
        run("--help");
        run("export-payments", "--help");

        assertThat(out.toString()).contains("export-payments",
                "Write the payments ledger, one row per claim line,",
                "Only the tax year that starts on 6 April of YEAR");
        assertThat(out.toString()).doesNotContain("''");
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
