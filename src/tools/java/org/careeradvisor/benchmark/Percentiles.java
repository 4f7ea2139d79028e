package org.careeradvisor.benchmark;

import java.util.List;

/** Nearest-rank percentiles of latencies measured in nanoseconds, in milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    static double millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }
}
