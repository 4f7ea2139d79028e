package org.careeradvisor.channel.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Messages per Telegram user per minute (token bucket). Over the limit a user is told once per minute to slow down,
 * not once per message.
 */
class UserLimiter {

    private static final int MAX_USERS = 100_000;

    private final int perMinute;
    private final Map<Long, State> users = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, State> eldest) {
            return size() > MAX_USERS;
        }
    };

    UserLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** What to do with a user's message now. */
    synchronized Verdict check(long userId, Instant now) {
        State state = users.computeIfAbsent(userId, id -> new State(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build()));
        if (state.bucket.tryConsume(1)) {
            return Verdict.ANSWER;
        }
        if (state.warnedAt == null || Duration.between(state.warnedAt, now).toMinutes() >= 1) {
            state.warnedAt = now;
            return Verdict.WARN;
        }
        return Verdict.IGNORE;
    }

    enum Verdict { ANSWER, WARN, IGNORE }

    private static final class State {
        private final Bucket bucket;
        private Instant warnedAt;

        State(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
