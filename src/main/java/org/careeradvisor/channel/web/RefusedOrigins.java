package org.careeradvisor.channel.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports, as a warning, the origins whose pages call the API without being allowed to (a widget embedded on a site
 * that is not in {@code advisor.web.allowed-origins}): each origin at most once per interval, with the number of its
 * calls left out since its last line. At most {@link #TRACKED} origins are tracked; beyond that, origins share one
 * allowance, so that a client inventing origins can neither fill the log nor the memory.
 */
final class RefusedOrigins {

    static final Duration INTERVAL = Duration.ofMinutes(5);
    static final int TRACKED = 200;
    private static final int MAX_CHARS = 120;
    private static final String OTHERS = "";
    private static final Logger log = LoggerFactory.getLogger(RefusedOrigins.class);

    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final ConcurrentMap<String, LogAllowance> origins = new ConcurrentHashMap<>();

    RefusedOrigins() {
        this(System::nanoTime, INTERVAL);
    }

    RefusedOrigins(LongSupplier nanoTime, Duration interval) {
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
    }

    void report(String origin, String method, String path) {
        String shown = printable(origin);
        long now = nanoTime.getAsLong();
        String key = shown;
        if (!origins.containsKey(key) && origins.size() >= TRACKED) {
            origins.values().removeIf(allowance -> allowance.quiet(now));
            if (origins.size() >= TRACKED) {
                key = OTHERS;
            }
        }
        int left =
                origins.computeIfAbsent(key, ignored -> new LogAllowance(now)).admit(now, intervalNanos);
        if (left < 0) {
            return;
        }
        log.warn(
                "Origin {} is not allowed to call the API ({} {}{}): a widget embedded on its pages cannot answer. Add it to "
                        + "advisor.web.allowed-origins (environment variable ADVISOR_WEB_ALLOWEDORIGINS, comma-separated) to allow it; "
                        + "if it is this service's own public address behind a proxy, set server.forward-headers-strategy instead",
                shown,
                printable(method),
                printable(path),
                left == 0
                        ? ""
                        : "; " + left + " more such calls since the last report"
                                + (key.equals(OTHERS) ? " from various origins" : ""));
    }

    /** The value as it may go into a log line: printable ASCII only, and not too long. */
    private static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder shown = new StringBuilder(Math.min(value.length(), MAX_CHARS));
        for (int i = 0; i < value.length() && i < MAX_CHARS; i++) {
            char c = value.charAt(i);
            shown.append(c > 0x20 && c < 0x7f ? c : '?');
        }
        return value.length() > MAX_CHARS ? shown + "..." : shown.toString();
    }
}
