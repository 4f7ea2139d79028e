package org.careeradvisor.channel.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Waits between failed polls: from half a second, doubling, never above the cap (the library's own default grows to
 * 15 minutes, far too long for a chat bot), with a little jitter so restarted instances do not retry in step.
 */
class CappedBackOff implements BackOff {

    private static final long FIRST_MILLIS = 500;

    private final long capMillis;
    private long nextMillis = FIRST_MILLIS;

    CappedBackOff(Duration cap) {
        this.capMillis = cap.toMillis();
    }

    @Override
    public synchronized void reset() {
        nextMillis = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long wait = nextMillis;
        nextMillis = Math.min(capMillis, nextMillis * 2);
        long jitter = wait / 10;
        return Math.min(capMillis, wait - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
    }
}
