package org.careeradvisor.channel.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Watches long polling from the wire: when the last poll succeeded, what the last failure was (a {@code 409} means
 * another instance polls with this token), and reports it as the {@code telegram} health. Polling that stopped for
 * any reason shows up here as a growing age. The service's probes do not include it: the web chat still works.
 */
class PollingMonitor implements HealthIndicator, Interceptor {

    private static final Logger log = LoggerFactory.getLogger(PollingMonitor.class);
    static final String CONFLICT =
            "409 Conflict: another process polls updates with this bot token (or a webhook is set)";

    private final Clock clock;
    private final Duration stale;
    private final MeterRegistry metrics;
    private final Instant created;
    private volatile Instant lastPoll;
    private volatile String lastFailure;
    private volatile Instant lastFailureAt;

    /** @param stale how old the last successful poll may be before polling counts as down */
    public PollingMonitor(Clock clock, Duration stale, MeterRegistry metrics) {
        this.clock = clock;
        this.stale = stale;
        this.metrics = metrics;
        this.created = clock.instant();
    }

    void polled() {
        lastPoll = clock.instant();
        metrics.counter("advisor.telegram.polls").increment();
    }

    void unreadable() {
        metrics.counter("advisor.telegram.unreadable").increment();
    }

    /** Sees each answer to {@code getUpdates} before the library does, to name failures it only logs as codes. */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            failed("network: " + e.getClass().getSimpleName());
            throw e;
        }
        if (!response.isSuccessful()) {
            if (response.code() == 409) {
                if (!CONFLICT.equals(lastFailure)) {
                    log.error(
                            "Telegram polling: {}. Stop the other process or run one instance with "
                                    + "advisor.telegram.mode=webhook; retrying with back-off",
                            CONFLICT);
                }
                failed(CONFLICT);
            } else {
                failed("HTTP " + response.code());
            }
        }
        return response;
    }

    private void failed(String what) {
        lastFailure = what;
        lastFailureAt = clock.instant();
        metrics.counter("advisor.telegram.poll.failures").increment();
    }

    @Override
    public Health health() {
        Instant last = lastPoll;
        Health.Builder health;
        if (last == null) {
            // Starting up is not an outage; never having polled for longer than a poll may take is one.
            boolean overdue = Duration.between(created, clock.instant()).compareTo(stale) > 0;
            health = (overdue ? Health.down() : Health.unknown()).withDetail("lastSuccessfulPoll", "none yet");
        } else {
            Duration age = Duration.between(last, clock.instant());
            health = age.compareTo(stale) > 0 ? Health.down() : Health.up();
            health.withDetail("lastSuccessfulPoll", last.toString())
                    .withDetail("lastSuccessfulPollAgeSeconds", age.toSeconds());
        }
        health.withDetail("mode", "polling");
        if (lastFailure != null) {
            health.withDetail("lastFailure", lastFailure).withDetail("lastFailureAt", lastFailureAt.toString());
        }
        return health.build();
    }
}
