package org.careeradvisor.channel.telegram;

import org.careeradvisor.channel.RateLimiter;

/**
 * Messages per Telegram user per minute. Over the limit a user is told once per minute to slow down, not once per
 * message: the notices have a bucket of their own, one a minute.
 */
class UserLimiter {

    private final RateLimiter messages;
    private final RateLimiter notices = new RateLimiter(1);

    UserLimiter(int perMinute) {
        this.messages = new RateLimiter(perMinute);
    }

    /** What to do with a user's message now. */
    Verdict check(long userId) {
        String user = Long.toString(userId);
        if (messages.tryConsume(user).isEmpty()) {
            return Verdict.ANSWER;
        }
        return notices.tryConsume(user).isEmpty() ? Verdict.WARN : Verdict.IGNORE;
    }

    enum Verdict {
        ANSWER,
        WARN,
        IGNORE
    }
}
