package org.fourpi.toolkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fourpi.toolkit.Launcher;
import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.assessment.AssessmentSummary;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.meetings.MeetingSummary;
import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimListing;
import org.fourpi.toolkit.payments.ClaimStatus;
import org.fourpi.toolkit.payments.ClaimsListViewModel;
import org.fourpi.toolkit.payments.LedgerFormat;
import org.fourpi.toolkit.payments.LedgerLine;
import org.fourpi.toolkit.payments.LedgerTotals;
import org.fourpi.toolkit.payments.PaymentLedger;
import org.fourpi.toolkit.people.PeopleImportPreview;
import org.fourpi.toolkit.people.PeopleImportResult;
import org.fourpi.toolkit.people.PeopleImportSheet;
import org.fourpi.toolkit.people.PeopleListViewModel;
import org.fourpi.toolkit.testing.TestServices;

/**
 * The benchmark at real scale: makes (or reuses) a synthetic organisation of each size asked for,
 * times what people do most with a big register, and writes the medians to docs/benchmarks.md.
 * Not part of the normal test run; started by {@code ./mvnw -Pbenchmark verify} (see README).
 *
 * <p>System properties: {@code bench.sizes} (small,busy,large; default small,busy), {@code bench.runs}
 * (default 5), {@code bench.libreOfficeRuns} (default 3; 0 leaves LibreOffice out), {@code bench.cache}
 * (default target/bench-cache), {@code bench.report} (default docs/benchmarks.md).
 */
public final class Benchmark {

    static final int IMPORT_ROWS = 10_000;
    static final int COMPARED_LINES = 100_000;
    static final String TYPED = "patel";
    static final int SMALL_HEAP_MB = 512;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int defaultRuns;
    private final int largeRuns;
    private int runs;
    private final int libreOfficeRuns;
    private final Path cache;
    private final List<Result> results = new ArrayList<>();
    private Comparison libreOffice;

    /** One size's measurements, and how long making its data took the first time. */
    record Result(OrganisationSize size, int runs, Map<String, Measurement> steps, String generation, String load) {
    }

    /** Our export of the same lines against LibreOffice converting them from CSV. */
    record Comparison(int lines, Measurement ours, Measurement libreOffice) {
    }

    private Benchmark(int runs, int largeRuns, int libreOfficeRuns, Path cache) {
        this.defaultRuns = runs;
        this.largeRuns = largeRuns;
        this.runs = runs;
        this.libreOfficeRuns = libreOfficeRuns;
        this.cache = cache;
    }

    public static void main(String[] args) throws Exception {
        List<OrganisationSize> sizes = Arrays.stream(System.getProperty("bench.sizes", "small,busy").split(","))
                .filter(s -> !s.isBlank()).map(OrganisationSize::of).toList();
        int runs = Integer.getInteger("bench.runs", 5);
        Benchmark benchmark = new Benchmark(runs, Integer.getInteger("bench.largeRuns", runs),
                Integer.getInteger("bench.libreOfficeRuns", 3),
                Path.of(System.getProperty("bench.cache", "target/bench-cache")).toAbsolutePath());
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
        try (WindowProbe window = WindowProbe.start(TestServices.MESSAGES)) {
            // The comparison with LibreOffice uses the busy size's lines when it is measured.
            OrganisationSize compareAt = sizes.contains(OrganisationSize.BUSY) ? OrganisationSize.BUSY
                    : sizes.isEmpty() ? null : sizes.getLast();
            for (OrganisationSize size : sizes) {
                benchmark.measure(size, window);
                if (size == compareAt && benchmark.libreOfficeRuns > 0 && wanted("libreoffice")) {
                    benchmark.compareWithLibreOffice(size, window);
                }
                // Written after each size, so that a size that fails or is stopped keeps the ones before it.
                benchmark.writeReport(report);
            }
        }
        System.out.println(Files.readString(report));
        System.exit(0);
    }

    /**
     * Whether a step is to be measured: -Dbench.only=people,ledger measures only those (startup, smallheap,
     * people, claims, totals, ledger, import, pack, assessment, libreoffice); all when it is not given.
     */
    static boolean wanted(String step) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(step);
    }

    private void writeReport(Path report) throws IOException {
        String text = new BenchmarkReport(results, libreOffice, Instant.now())
                .markdown(Files.exists(report) ? Files.readString(report) : "");
        if (report.toAbsolutePath().getParent() != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
        }
        Files.writeString(report, text);
    }

    /** The data folder of a size, made once and kept in the cache; a half-made one is made again. */
    Path dataFor(OrganisationSize size, StringBuilder generation) throws IOException {
        Path folder = cache.resolve(size.label());
        Path done = cache.resolve(size.label() + ".done");
        if (Files.exists(done)) {
            generation.append(Files.readString(done).strip());
            return folder;
        }
        deleteTree(folder);
        log("Making the " + size.label() + " organisation in " + folder);
        long t0 = System.nanoTime();
        new SyntheticOrganisation(size, TestServices.CLOCK, 4).writeTo(folder);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String made = String.format(Locale.UK, "made in %.0f s (jOOQ batch inserts)", seconds);
        Files.writeString(done, made);
        generation.append(made);
        return folder;
    }

    private void measure(OrganisationSize size, WindowProbe window) throws Exception {
        runs = size == OrganisationSize.LARGE ? largeRuns : defaultRuns;
        String loadBefore = loadAverage();
        StringBuilder generation = new StringBuilder();
        Path source = dataFor(size, generation);
        Path work = cache.resolve(size.label() + "-work");
        deleteTree(work);
        copyTree(source, work);
        Map<String, Measurement> steps = new LinkedHashMap<>();

        if (wanted("startup")) {
            log(size.label() + ": start-up");
            steps.put(Steps.STARTUP, startup(work));
        }
        if (wanted("smallheap")) {
            log(size.label() + ": Excel export in a 512 MB heap");
            steps.put(Steps.LEDGER_XLSX_SMALL_HEAP, exportInSmallHeap(work));
        }

        DataFolder folder = DataFolder.open(work);
        try (Services services = new Services(folder, TestServices.CLOCK, TestServices.USER)) {
            Path exports = Files.createDirectories(work.resolve("bench-out"));
            if (wanted("people")) {
                log(size.label() + ": People list");
                peopleList(services, window, steps);
            }

            if (wanted("claims")) {
                log(size.label() + ": claims by status");
                // What the claims list reads: the first claims, how many match and what they all come to.
                for (ClaimStatus status : List.of(ClaimStatus.SUBMITTED, ClaimStatus.PAID)) {
                    String step = status == ClaimStatus.PAID ? Steps.CLAIMS_PAID : Steps.CLAIMS_SUBMITTED;
                    steps.put(step, timed(step, window, () -> {
                        ClaimListing listing = services.claims().list(new ClaimFilter(status, null, null, null, null,
                                null), ClaimsListViewModel.SHOWN_AT_FIRST);
                        return listing.claims().size() + " of " + listing.matching() + " claims, "
                                + listing.owed().format(Locale.UK) + " owed";
                    }));
                }
            }

            if (wanted("totals")) {
                log(size.label() + ": tax-year totals");
                TaxYear year = services.paymentStatements().currentTaxYear();
                steps.put(Steps.TAX_YEAR_TOTALS, timed(Steps.TAX_YEAR_TOTALS, window, () -> {
                    LedgerTotals totals = services.paymentStatements().taxYearTotals(year);
                    return totals.lines() + " lines, " + totals.total().format(Locale.UK) + " in " + year.label();
                }));
            }

            if (wanted("ledger")) {
                log(size.label() + ": Excel export of every claim line");
                steps.put(Steps.LEDGER_XLSX, timed(Steps.LEDGER_XLSX, window, () -> {
                    int lines = services.paymentLedgerExport().export(exports.resolve("ledger.xlsx"), Optional.empty(),
                            Progress.NONE);
                    return lines + " lines, file " + Files.size(exports.resolve("ledger.xlsx")) / 1024 + " KB";
                }));
            }

            if (wanted("import")) {
                log(size.label() + ": import of " + IMPORT_ROWS + " people");
                Path importFile = ImportFile.write(exports.resolve("people-import.csv"), IMPORT_ROWS,
                        TestServices.MESSAGES);
                steps.put(Steps.IMPORT, timedWithTidy(Steps.IMPORT, window, () -> {
                    PeopleImportSheet sheet = services.peopleImport().read(importFile, Progress.NONE);
                    PeopleImportPreview preview = services.peopleImport().preview(sheet, sheet.suggestedMapping(),
                            Progress.NONE);
                    PeopleImportResult result = services.peopleImport().commit(preview, false, Progress.NONE);
                    if (result.created() != IMPORT_ROWS) {
                        throw new IllegalStateException("Import made " + result + " from " + IMPORT_ROWS + " rows");
                    }
                    return result.created() + " people added";
                }, () -> services.peopleImport().undo()));
            }

            if (wanted("pack")) {
                log(size.label() + ": meeting pack");
                long packMeeting = services.meetings().list().stream()
                        .filter(m -> m.title().equals(SyntheticOrganisation.PACK_MEETING_TITLE))
                        .mapToLong(MeetingSummary::id).findFirst().orElseThrow();
                steps.put(Steps.MEETING_PACK, timed(Steps.MEETING_PACK, window, () -> {
                    int pages = services.meetingPacks().write(packMeeting, false, exports.resolve("pack.pdf"),
                            Progress.NONE);
                    return SyntheticOrganisation.PACK_PEOPLE + " people, " + pages + " pages in the pack";
                }));
            }

            if (wanted("assessment")) {
                log(size.label() + ": assessment export");
                AssessmentSummary assessment = services.assessments().list().stream()
                        .max(Comparator.comparingInt(AssessmentSummary::agreed)).orElseThrow();
                steps.put(Steps.ASSESSMENT_XLSX, timed(Steps.ASSESSMENT_XLSX, window, () -> {
                    services.assessmentExport().export(assessment.id(), exports.resolve("assessment.xlsx"),
                            Progress.NONE);
                    return assessment.agreed() + " statements agreed, " + assessment.participants() + " taking part";
                }));
            }
        } finally {
            folder.close();
        }
        results.add(new Result(size, runs, steps, generation.toString(),
                "load average (1 minute) " + loadBefore + " when its steps began, " + loadAverage() + " when they ended"));
        deleteTree(work);
    }

    private void peopleList(Services services, WindowProbe window, Map<String, Measurement> steps) throws Exception {
        List<Double> firstShows = new ArrayList<>();
        List<Double> firstShowCpu = new ArrayList<>();
        List<Double> firstShowFxCpu = new ArrayList<>();
        List<Double> everyone = new ArrayList<>();
        List<Double> keystrokes = new ArrayList<>();
        List<Double> keystrokeCpu = new ArrayList<>();
        WindowProbe.PeopleListTimes last = null;
        Memory.resetPeaks();
        for (int run = 0; run < runs; run++) {
            last = window.peopleList(services, TYPED);
            firstShows.add(last.firstShowMillis());
            firstShowCpu.add(last.firstShowCpuMillis());
            firstShowFxCpu.add(last.firstShowFxCpuMillis());
            everyone.add(last.everyoneMillis());
            keystrokes.addAll(last.keystrokeMillis());
            keystrokeCpu.addAll(last.keystrokeCpuMillis());
        }
        log("  first show: " + firstShows + " ms, whole process " + firstShowCpu + " ms, JavaFX thread "
                + firstShowFxCpu + " ms; everyone in the list: "
                + everyone + " ms; keystrokes: " + keystrokes + " ms, JavaFX thread " + keystrokeCpu
                + " ms");
        long heap = Memory.peakHeapBytes();
        long rss = Memory.peakRssBytes();
        steps.put(Steps.PEOPLE_FIRST_SHOW, new Measurement(Steps.PEOPLE_FIRST_SHOW, firstShows, firstShowCpu, heap,
                rss, -1, String.format(Locale.UK, "the first %,d people shown, the rest of the %,d added %,.0f ms"
                        + " after opening (median); processor time is the whole program's (every thread)",
                        Math.min(last.rows(), PeopleListViewModel.FIRST_ROWS), last.rows(),
                        new Measurement("", everyone, -1, -1, -1, "").median())));
        steps.put(Steps.PEOPLE_FILTER, new Measurement(Steps.PEOPLE_FILTER, keystrokes, keystrokeCpu, heap, rss, -1,
                "typing \"" + TYPED + "\" leaves " + last.shownAfterTyping() + " shown; processor time is the "
                        + "JavaFX thread's"));
    }

    /** Work whose result is a short note on what it did. */
    interface Work {
        String run() throws Exception;
    }

    private Measurement timed(String step, WindowProbe window, Work work) {
        return timedWithTidy(step, window, work, () -> { });
    }

    /**
     * Runs the work {@link #runs} times on this thread, as a background task runs, with the window drawing
     * meanwhile; the tidying after each run is not timed.
     */
    private Measurement timedWithTidy(String step, WindowProbe window, Work work, Runnable tidy) {
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        String[] note = {""};
        double gap = 0;
        long heap = 0;
        long rss = 0;
        for (int run = 0; run < runs; run++) {
            Memory.resetPeaks();
            long[] time = new long[2];
            gap = Math.max(gap, window.longestFrameGapWhile(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                try {
                    note[0] = work.run();
                } catch (Exception e) {
                    throw new IllegalStateException(step + " failed", e);
                }
                time[0] = System.nanoTime() - t0;
                time[1] = THREADS.getCurrentThreadCpuTime() - cpu0;
            }));
            heap = Math.max(heap, Memory.peakHeapBytes());
            rss = Math.max(rss, Memory.peakRssBytes());
            millis.add(time[0] / 1e6);
            cpu.add(time[1] / 1e6);
            tidy.run();
        }
        log(String.format(Locale.UK, "  %s: %s ms, processor %s ms (%s)", step, millis, cpu, note[0]));
        return new Measurement(step, millis, cpu, heap, rss, gap, note[0]);
    }

    /**
     * Starts the program itself in its own Java, headless, on the data folder, and reads the start-up
     * time it prints when its window shows with data; its peak resident memory comes from GNU time.
     */
    private Measurement startup(Path dataDir) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        long rss = -1;
        String note = "";
        for (int run = 0; run < runs; run++) {
            Path memory = Files.createTempFile("bench-startup", ".txt");
            List<String> command = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
            if (gnuTime) {
                command.addAll(List.of("/usr/bin/time", "-f", "maxrss_kb=%M", "-o", memory.toString()));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("--enable-native-access=ALL-UNNAMED");
            for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                    "java.awt.headless")) {
                if (System.getProperty(property) != null) {
                    command.add("-D" + property + "=" + System.getProperty(property));
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "--data-dir", dataDir.toString(), "--exit-after-startup"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out;
            try (var input = process.getInputStream()) {
                out = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The program did not close after starting");
            }
            Matcher startup = Pattern.compile("(?m)^startup_ms=(\\d+)").matcher(out);
            if (!startup.find()) {
                throw new IllegalStateException("The program did not print its start-up time:\n" + out);
            }
            millis.add(Double.parseDouble(startup.group(1)));
            if (gnuTime) {
                Matcher kb = Pattern.compile("maxrss_kb=(\\d+)").matcher(Files.readString(memory));
                if (kb.find()) {
                    rss = Math.max(rss, Long.parseLong(kb.group(1)) * 1024);
                    note = "its own Java, headless; memory of that process";
                }
            }
            Files.deleteIfExists(memory);
        }
        log("  start-up: " + millis + " ms");
        return new Measurement(Steps.STARTUP, millis, -1, rss, -1, note);
    }

    /**
     * The export of every claim line once, in its own Java whose heap may not pass 512 MB: the time it
     * prints, or the failure when it runs out of memory.
     */
    private Measurement exportInSmallHeap(Path dataDir) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bench-ledger", ".xlsx");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx" + SMALL_HEAP_MB + "m", "-cp",
                System.getProperty("java.class.path"), LedgerExportInSmallHeap.class.getName(), dataDir.toString(),
                file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (var input = process.getInputStream()) {
            out = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        process.waitFor(30, TimeUnit.MINUTES);
        Files.deleteIfExists(file);
        Matcher done = Pattern.compile("export_ms=(\\d+) lines=(\\d+)").matcher(out);
        if (process.exitValue() == 0 && done.find()) {
            log("  in " + SMALL_HEAP_MB + " MB: " + done.group(1) + " ms");
            return new Measurement(Steps.LEDGER_XLSX_SMALL_HEAP, List.of(Double.parseDouble(done.group(1))), -1, -1,
                    -1, done.group(2) + " lines with -Xmx" + SMALL_HEAP_MB + "m: finished (one run)");
        }
        String why = out.contains("OutOfMemoryError") ? "ran out of memory" : "failed, exit " + process.exitValue();
        log("  in " + SMALL_HEAP_MB + " MB: " + why + "\n" + out);
        return new Measurement(Steps.LEDGER_XLSX_SMALL_HEAP, List.of(), -1, -1, -1,
                "with -Xmx" + SMALL_HEAP_MB + "m: " + why);
    }

    /**
     * Our Excel export of {@value #COMPARED_LINES} claim lines (the ledger's lines, repeated as needed)
     * against LibreOffice converting the same lines from the CSV the program writes, each run in its
     * own process with a fresh profile folder, made once before the timed runs.
     */
    private void compareWithLibreOffice(OrganisationSize size, WindowProbe window) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice)) {
            log("LibreOffice is not installed; no comparison");
            return;
        }
        Path work = cache.resolve("libreoffice");
        deleteTree(work);
        Files.createDirectories(work);
        Path data = cache.resolve(size.label());
        PaymentLedger ledger;
        DataFolder folder = DataFolder.open(data);
        Services services = new Services(folder, TestServices.CLOCK, TestServices.USER);
        try {
            List<LedgerLine> all = services.paymentStatements().ledger(Optional.empty()).lines();
            List<LedgerLine> lines = new ArrayList<>(COMPARED_LINES);
            for (int i = 0; i < COMPARED_LINES; i++) {
                lines.add(all.get(i % all.size()));
            }
            ledger = new PaymentLedger(Optional.empty(), lines);
            Path csv = work.resolve("claim-lines.csv");
            services.paymentLedgerExport().write(ledger, csv, LedgerFormat.CSV, Progress.NONE);
            log("Comparing with LibreOffice on " + COMPARED_LINES + " lines");
            Measurement ours = timed(Steps.COMPARED_OURS, window, () -> {
                services.paymentLedgerExport().write(ledger, work.resolve("ours.xlsx"), LedgerFormat.XLSX,
                        Progress.NONE);
                return COMPARED_LINES + " lines already read";
            });
            Path profile = work.resolve("profile");
            convert(soffice, profile, csv, work.resolve("warm-up"));
            List<Double> millis = new ArrayList<>();
            for (int run = 0; run < libreOfficeRuns; run++) {
                Path out = work.resolve("run-" + run);
                long t0 = System.nanoTime();
                convert(soffice, profile, csv, out);
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            log("  LibreOffice: " + millis + " ms");
            libreOffice = new Comparison(COMPARED_LINES, ours, new Measurement(Steps.COMPARED_LIBREOFFICE, millis,
                    -1, -1, -1, "soffice --headless --convert-to xlsx, its own process"));
        } finally {
            services.close();
            folder.close();
            deleteTree(work);
        }
    }

    private static void convert(Path soffice, Path profile, Path csv, Path outDir)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "xlsx", "--outdir", outDir.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish");
        }
        if (!Files.exists(outDir.resolve("claim-lines.xlsx"))) {
            throw new IllegalStateException("LibreOffice wrote no file: " + Files.readString(outDir.resolve("soffice.log")));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().endsWith(".lock")) {
                    Files.copy(path, target);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The machine's load average over the last minute, from /proc/loadavg. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void log(String line) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }
}
