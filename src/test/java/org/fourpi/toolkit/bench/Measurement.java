package org.fourpi.toolkit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one benchmark step measured over its runs: each run's time, and the highest heap, resident
 * memory and gap between frames seen in any run.
 *
 * @param cpuMillis      each run's processor time on the thread that did the work: on a machine shared
 *                       with other work, what the step costs rather than how long it waited for a turn
 * @param peakHeapBytes  the heap in use at its highest (the sum of each heap pool's peak), or -1
 * @param peakRssBytes   the most memory the process held (VmHWM), or -1
 * @param frameGapMillis the longest gap between two frames of the window while it ran, or -1 when
 *                       the step ran on the window's own thread or in another process
 */
public record Measurement(String step, List<Double> millis, List<Double> cpuMillis, long peakHeapBytes,
                          long peakRssBytes, double frameGapMillis, String note) {

    public Measurement {
        millis = List.copyOf(millis);
        cpuMillis = List.copyOf(cpuMillis);
    }

    /** A step whose processor time was not measured (another process, or the JavaFX thread). */
    public Measurement(String step, List<Double> millis, long peakHeapBytes, long peakRssBytes, double frameGapMillis,
                       String note) {
        this(step, millis, List.of(), peakHeapBytes, peakRssBytes, frameGapMillis, note);
    }

    public double median() {
        return median(millis);
    }

    /** The median processor time of the thread that did the work, or NaN where it was not measured. */
    public double cpuMedian() {
        return median(cpuMillis);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
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
