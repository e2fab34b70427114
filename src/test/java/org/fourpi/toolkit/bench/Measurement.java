package org.fourpi.toolkit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one benchmark step measured over its runs: each run's time, and the highest heap, resident
 * memory and gap between frames seen in any run.
 *
 * @param peakHeapBytes  the heap in use at its highest (the sum of each heap pool's peak), or -1
 * @param peakRssBytes   the most memory the process held (VmHWM), or -1
 * @param frameGapMillis the longest gap between two frames of the window while it ran, or -1 when
 *                       the step ran on the window's own thread or in another process
 */
public record Measurement(String step, List<Double> millis, long peakHeapBytes, long peakRssBytes,
                          double frameGapMillis, String note) {

    public Measurement {
        millis = List.copyOf(millis);
    }

    public double median() {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    public double min() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
