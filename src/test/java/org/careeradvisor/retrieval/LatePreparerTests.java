package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * Something registered to prepare for questions after the index was already published (the index came from its
 * cache before the rest of start-up) is prepared off the caller's thread, and the index is not reported ready until
 * it is.
 */
class LatePreparerTests {

    @Test
    void aLatePreparerRunsBesideTheCallerAndHoldsReadinessUntilItIsDone() throws Exception {
        SearchIndexHolder holder = SharedIndex.holder();
        assertThat(holder.ready()).isTrue();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Thread[] ranOn = new Thread[1];

        holder.beforeServing(index -> {
            ranOn[0] = Thread.currentThread();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn[0]).isNotSameAs(caller);
        assertThat(holder.ready()).isFalse();
        assertThat(new SearchIndexHealthIndicator(holder).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        release.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!holder.ready() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(holder.ready()).isTrue();
        assertThat(new SearchIndexHealthIndicator(holder).health().getStatus()).isEqualTo(Status.UP);
    }
}
