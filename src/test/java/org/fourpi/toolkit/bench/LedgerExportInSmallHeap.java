package org.fourpi.toolkit.bench;

import java.nio.file.Path;
import java.util.Optional;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;

/**
 * Run by the benchmark in its own Java with a limited heap: writes every claim line of a data folder
 * to an Excel file and prints the time it took, so that "the heap stays under 512 MB" is tried for
 * real rather than read from peaks in a larger heap.
 */
public final class LedgerExportInSmallHeap {

    private LedgerExportInSmallHeap() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Path file = Path.of(args[1]);
        try (DataFolder folder = DataFolder.open(dataDir);
             Services services = new Services(folder, TestServices.CLOCK, TestServices.USER)) {
            long t0 = System.nanoTime();
            int lines = services.paymentLedgerExport().export(file, Optional.empty(), Progress.NONE);
            System.out.println("export_ms=" + (System.nanoTime() - t0) / 1_000_000 + " lines=" + lines);
        }
        System.exit(0);
    }
}
