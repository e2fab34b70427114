package org.fourpi.toolkit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak heap (from the memory pools) and peak resident memory (from /proc) of this process, step by step. */
final class Memory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private Memory() {
    }

    /** Collects garbage and starts counting peaks again, so the next step's peaks are its own. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        try {
            // "5" resets the peak resident size (VmHWM) to the current one (Linux 4.0 and later).
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not allowed: the peak then counts from the start of the process.
        }
    }

    /** The sum of each heap pool's peak since the last reset: an upper bound of the heap in use at once. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM of this process, or -1 where /proc is missing. */
    static long peakRssBytes() {
        return statusKilobytes(STATUS, "VmHWM:") * 1024;
    }

    static long statusKilobytes(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
