package org.careeradvisor.benchmark;

/** Placeholder replaced below. */
public final class BenchmarkCommand {
    private BenchmarkCommand() {
    }

    public static int run(String[] args) {
        throw new UnsupportedOperationException("written next");
    }
}
