package org.careeradvisor.channel.web;

import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;

/**
 * A warning that is written at most once per interval, with the number of similar lines left out since the last one,
 * so that a client repeating a refused request cannot fill the log.
 */
final class ThrottledLog {

    private final Logger log;
    private final long intervalNanos;
    private final LogAllowance allowance = new LogAllowance(System.nanoTime());

    ThrottledLog(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    void warn(String format, Object... arguments) {
        int left = allowance.admit(System.nanoTime(), intervalNanos);
        if (left < 0) {
            return;
        }
        if (left == 0) {
            log.warn(format, arguments);
        } else {
            Object[] withCount = Arrays.copyOf(arguments, arguments.length + 1);
            withCount[arguments.length] = left;
            log.warn(format + " ({} similar lines left out)", withCount);
        }
    }
}
