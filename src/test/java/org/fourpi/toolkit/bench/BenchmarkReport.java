package org.fourpi.toolkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * docs/benchmarks.md: the machine, the medians for each size, and each target met or missed by how
 * much. The hand-written findings below the marker line of an earlier report are kept.
 */
final class BenchmarkReport {

    static final String KEEP_MARKER = "<!-- Findings: written by hand, kept when the benchmark writes this file again -->";

    private final List<Benchmark.Result> results;
    private final Benchmark.Comparison libreOffice;
    private final Instant when;

    BenchmarkReport(List<Benchmark.Result> results, Benchmark.Comparison libreOffice, Instant when) {
        this.results = List.copyOf(results);
        this.libreOffice = libreOffice;
        this.when = when;
    }

    String markdown(String previous) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by the benchmark (`./mvnw -Pbenchmark verify`, see the README) on ")
                .append(DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.UK)
                        .format(when.atZone(ZoneOffset.UTC)))
                .append(". Each figure is the median of the runs its size names.\n\n");
        machine(md);
        md.append("## How it measures\n\n");
        md.append("""
                - A synthetic organisation of each size is made once by jOOQ batch inserts into a data folder
                  migrated by the program's own `Database.open`, kept in `target/bench-cache/`, and copied
                  before each benchmark so that nothing measured changes it.
                - Start-up: the program started in its own Java, headless (Monocle), on the copied data folder
                  with `--exit-after-startup`; the figure is the `startup_ms` it prints when its window shows
                  with data (Java's own start included). Its resident memory is GNU time's maximum.
                - The People list: the real `PeopleListView` and `PeopleListViewModel` in a JavaFX scene
                  (headless), from building the view to the layout pulse that shows its first rows. The list
                  reads and shows the first screenful (100 people) first and adds the rest when they are
                  read, so the first show is that first screenful; the time until everyone is in the list is
                  given beside it. Its processor time is the whole program's (every thread). Once everyone is
                  in the list, "patel" is typed one letter at a time into the view model's filter, timed from
                  setting the text to the next layout pulse (so up to one frame, about 17 ms, is waiting for
                  the pulse). The filter runs as soon as a letter is typed: there is no pause after typing.
                - Every other step calls the program's own service, as its background task would, while an
                  `AnimationTimer` on the JavaFX thread records the longest gap between two frames.
                - Processor time: the CPU time of the thread doing the step (`ThreadMXBean`), beside the time on
                  the clock. On a machine shared with other work the clock time includes waiting for a turn
                  on a core; the processor time is closer to what the step takes on a computer of one's own
                  (H2's and the garbage collector's own threads are not in it). The load average of the
                  machine is given with each size.
                - Peak heap: the sum of each heap pool's peak after a collection and reset before each run (an
                  upper bound: the pools need not peak together; the Java heap may grow to 2 GB here, so it
                  holds garbage a smaller heap would have collected). Resident memory: `VmHWM`, reset
                  through `/proc/self/clear_refs` before each step.

                """);
        for (Benchmark.Result result : results) {
            sizeTable(md, result);
        }
        if (libreOffice != null) {
            md.append("## Excel export against LibreOffice, ").append(String.format(Locale.UK, "%,d", libreOffice.lines()))
                    .append(" claim lines\n\n");
            md.append("| | Median | Processor time | Fastest | Slowest | Runs |\n|---|---:|---:|---:|---:|---:|\n");
            for (Measurement m : List.of(libreOffice.ours(), libreOffice.libreOffice())) {
                md.append("| ").append(m.step()).append(" | ").append(ms(m.median())).append(" | ")
                        .append(ms(m.cpuMedian())).append(" | ").append(ms(m.min()))
                        .append(" | ").append(ms(m.max())).append(" | ").append(m.millis().size()).append(" |\n");
            }
            md.append("\nBoth write the same lines: ours from the ledger already read (the lines of the busy size, "
                    + "or of the last size measured, repeated to make the number up), LibreOffice converting the "
                    + "CSV file the program "
                    + "writes for the same ledger (`soffice --headless --convert-to xlsx`, its own process, with a "
                    + "fresh `-env:UserInstallation` profile folder, made by one untimed run first).\n\n");
        }
        targets(md);
        int kept = previous.indexOf(KEEP_MARKER);
        md.append(KEEP_MARKER).append('\n');
        if (kept >= 0) {
            md.append(previous.substring(kept + KEEP_MARKER.length()).stripLeading());
        } else {
            md.append("\n## Findings\n\n(None written yet.)\n");
        }
        return md.toString();
    }

    private void machine(StringBuilder md) {
        md.append("## The machine\n\n");
        md.append("- Processor: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available to Java\n");
        long memKb = Memory.statusKilobytes(Path.of("/proc/meminfo"), "MemTotal:");
        md.append("- Memory: ").append(memKb > 0 ? String.format(Locale.UK, "%.1f GB", memKb / 1024.0 / 1024.0) : "unknown")
                .append('\n');
        md.append("- System: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(", ").append(System.getProperty("os.arch")).append('\n');
        md.append("- Java: ").append(System.getProperty("java.vm.vendor")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", heap up to ")
                .append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MB\n");
        md.append("- ").append(System.getProperty("bench.machineNote",
                "Other work: each size gives the load average while it ran; a load above the number of cores "
                        + "means other work shared them, and the figures are slower and noisier for it."))
                .append("\n\n");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void sizeTable(StringBuilder md, Benchmark.Result result) {
        OrganisationSize size = result.size();
        md.append("## ").append(Character.toUpperCase(size.label().charAt(0))).append(size.label().substring(1))
                .append(String.format(Locale.UK, ": %,d people, %,d claim lines, %,d meetings", size.people(),
                        size.claimLines(), size.meetings() + 1))
                .append("\n\nData ").append(result.generation()).append(". Medians of ").append(result.runs())
                .append(result.runs() == 1 ? " run" : " runs").append("; ").append(result.load()).append(".\n\n");
        md.append("| Step | Median | Processor time | Fastest | Slowest | Peak heap | Peak resident | Longest frame gap "
                + "| What it did |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Measurement m : result.steps().values()) {
            md.append("| ").append(m.step()).append(" | ").append(ms(m.median())).append(" | ")
                    .append(ms(m.cpuMedian())).append(" | ").append(ms(m.min()))
                    .append(" | ").append(ms(m.max())).append(" | ").append(mb(m.peakHeapBytes())).append(" | ")
                    .append(mb(m.peakRssBytes())).append(" | ")
                    .append(m.frameGapMillis() < 0 ? "-" : ms(m.frameGapMillis())).append(" | ")
                    .append(m.note().replace("|", "/")).append(" |\n");
        }
        md.append('\n');
    }

    private void targets(StringBuilder md) {
        md.append("## Targets\n\n");
        List<String> lines = new ArrayList<>();
        Optional<Benchmark.Result> large = find(OrganisationSize.LARGE);
        Optional<Benchmark.Result> busy = find(OrganisationSize.BUSY);
        lines.add(target("People list first show under 300 ms (large)", large, Steps.PEOPLE_FIRST_SHOW, 300, false));
        lines.add(target("Filter under 50 ms per keystroke (large)", large, Steps.PEOPLE_FILTER, 50, false));
        lines.add(target("Filter under 50 ms per keystroke, slowest keystroke (large)", large, Steps.PEOPLE_FILTER,
                50, true));
        lines.add(target("Excel export of 500,000 lines under 10 s (large)", large, Steps.LEDGER_XLSX, 10_000, false));
        lines.add(large.filter(r -> r.steps().containsKey(Steps.LEDGER_XLSX_SMALL_HEAP)).map(r -> {
            Measurement limited = r.steps().get(Steps.LEDGER_XLSX_SMALL_HEAP);
            Measurement big = r.steps().get(Steps.LEDGER_XLSX);
            String peaks = big == null ? "" : String.format(Locale.UK,
                    " (in the benchmark's own 2 GB heap the pools peaked at %s in all)", mb(big.peakHeapBytes()));
            return limited.millis().isEmpty()
                    ? "- Heap under 512 MB during that export (large): **missed**: in a Java limited to 512 MB it "
                            + limited.note().replaceFirst("^with -Xmx\\d+m: ", "") + peaks + "."
                    : "- Heap under 512 MB during that export (large): **met**: it finished in a Java limited to "
                            + "512 MB, in " + ms(limited.median()) + peaks + ".";
        }).orElse("- Heap under 512 MB during that export (large): not measured."));
        if (libreOffice != null) {
            double ours = libreOffice.ours().median();
            double theirs = libreOffice.libreOffice().median();
            lines.add(ours < theirs
                    ? String.format(Locale.UK, "- Export of %,d lines faster than LibreOffice: **met**, %s against %s "
                            + "(%.1f times as fast).", libreOffice.lines(), ms(ours), ms(theirs), theirs / ours)
                    : String.format(Locale.UK, "- Export of %,d lines faster than LibreOffice: **missed**, %s against "
                            + "%s (%s slower).", libreOffice.lines(), ms(ours), ms(theirs), ms(ours - theirs)));
        } else {
            lines.add("- Export faster than LibreOffice: not measured.");
        }
        lines.add(target("People import of 10,000 rows under 5 s (busy)", busy, Steps.IMPORT, 5_000, false));
        lines.add(target("Meeting pack under 3 s (busy)", busy, Steps.MEETING_PACK, 3_000, false));
        busy.ifPresentOrElse(r -> {
            for (Measurement m : r.steps().values()) {
                if (m.frameGapMillis() >= 0) {
                    lines.add(verdict("No frame gap over 100 ms during \"" + m.step() + "\" (busy)",
                            m.frameGapMillis(), 100, " ms"));
                }
            }
        }, () -> lines.add("- No frame gap over 100 ms (busy): not measured (the busy size was not run)."));
        lines.forEach(l -> md.append(l).append('\n'));
        md.append('\n');
    }

    private Optional<Benchmark.Result> find(OrganisationSize size) {
        return results.stream().filter(r -> r.size() == size).findFirst();
    }

    private static String target(String what, Optional<Benchmark.Result> result, String step, double limit,
                                 boolean slowest) {
        return result.map(r -> r.steps().get(step))
                .map(m -> {
                    String line = verdict(what, slowest ? m.max() : m.median(), limit, " ms");
                    return slowest || Double.isNaN(m.cpuMedian()) ? line
                            : line.substring(0, line.length() - 1) + "; processor time " + ms(m.cpuMedian())
                                    + (m.cpuMedian() < limit ? ", within the target" : "") + ".";
                })
                .orElse("- " + what + ": not measured.");
    }

    private static String verdict(String what, double value, double limit, String unit) {
        String shown = unit.equals(" ms") ? ms(value) : String.format(Locale.UK, "%.0f%s", value, unit);
        if (value < limit) {
            return "- " + what + ": **met**, " + shown + ".";
        }
        String over = unit.equals(" ms") ? ms(value - limit) : String.format(Locale.UK, "%.0f%s", value - limit, unit);
        return String.format(Locale.UK, "- %s: **missed** by %s (%s, %.0f%% over).", what, over, shown,
                (value - limit) * 100 / limit);
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis >= 10_000 ? String.format(Locale.UK, "%.1f s", millis / 1000)
                : millis >= 100 ? String.format(Locale.UK, "%,.0f ms", millis)
                : String.format(Locale.UK, "%.1f ms", millis);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.UK, "%,d MB", bytes / 1024 / 1024);
    }
}
