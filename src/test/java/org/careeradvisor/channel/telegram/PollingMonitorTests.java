package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.careeradvisor.MutableClock;
import org.junit.jupiter.api.Test;

class PollingMonitorTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final PollingMonitor monitor =
            new PollingMonitor(clock, Duration.ofSeconds(150), new SimpleMeterRegistry());

    @Test
    void unknownWhileStartingDownWhenNoPollEverSucceededUpAfterAPollAndDownAgainWhenItGetsOld() {
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("UNKNOWN");
        clock.advance(Duration.ofSeconds(151));
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("DOWN");

        monitor.polled();
        clock.advance(Duration.ofSeconds(40));
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(monitor.health().getDetails()).containsEntry("lastSuccessfulPollAgeSeconds", 40L);

        clock.advance(Duration.ofSeconds(120));
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("DOWN");
    }
}
