package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CappedBackOffTests {

    @Test
    void waitsGrowFromHalfASecondToTheCapAndNeverBeyond() {
        CappedBackOff backOff = new CappedBackOff(Duration.ofSeconds(60));

        long[] waits =
                LongStream.range(0, 30).map(i -> backOff.nextBackOffMillis()).toArray();

        assertThat(waits[0]).isBetween(450L, 550L);
        assertThat(waits[1]).isBetween(900L, 1100L);
        assertThat(LongStream.of(waits).max().orElseThrow()).isLessThanOrEqualTo(60_000L);
        assertThat(waits[29]).isGreaterThanOrEqualTo(54_000L);
    }

    @Test
    void aSuccessfulPollStartsOverFromTheShortestWait() {
        CappedBackOff backOff = new CappedBackOff(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            backOff.nextBackOffMillis();
        }

        backOff.reset();

        assertThat(backOff.nextBackOffMillis()).isBetween(450L, 550L);
    }
}
