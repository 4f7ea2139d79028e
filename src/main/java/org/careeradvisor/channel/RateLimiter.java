package org.careeradvisor.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Token buckets per key (a client IP, a conversation, a Telegram user), refilled greedily each minute; at most
 * {@value #MAX_KEYS} keys are kept (Caffeine drops the least used beyond that). Shared by the channels, which each
 * decide what a refusal looks like.
 */
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int perMinute;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(MAX_KEYS).build();

    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Empty when the request may proceed, else the seconds to wait. */
    public OptionalLong tryConsume(String key) {
        Bucket bucket = buckets.get(
                key,
                ignored -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
