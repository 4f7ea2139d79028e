package org.careeradvisor.channel.web;

/**
 * The allowance of one kind of log line: at most one line per interval, with the number of lines left out since the
 * last one written. Times are {@link System#nanoTime()} readings (or a test clock's).
 */
final class LogAllowance {

    private long next;
    private int left;

    LogAllowance(long now) {
        this.next = now;
    }

    /** The number of lines left out before this one, or -1 when this one is left out too. */
    synchronized int admit(long now, long intervalNanos) {
        if (now - next < 0) {
            left++;
            return -1;
        }
        next = now + intervalNanos;
        int count = left;
        left = 0;
        return count;
    }

    /** Whether the interval has passed, so that the allowance holds nothing worth keeping. */
    synchronized boolean quiet(long now) {
        return now - next >= 0;
    }
}
