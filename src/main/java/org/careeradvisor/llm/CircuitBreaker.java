package org.careeradvisor.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a failing model: after a number of consecutive failures the circuit opens and calls are skipped;
 * once the open period has passed one trial call is let through, and its success closes the circuit again.
 */
public class CircuitBreaker {

    /** The breaker's state, as reported in metrics and logs. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go to the model now. */
    public synchronized boolean allow() {
        if (openedAt == null) {
            return true;
        }
        if (!trialInFlight && !clock.instant().isBefore(openedAt.plus(openFor))) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    public synchronized void success() {
        failures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void failure() {
        failures++;
        trialInFlight = false;
        if (openedAt != null || failures >= failureThreshold) {
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return trialInFlight || !clock.instant().isBefore(openedAt.plus(openFor)) ? State.HALF_OPEN : State.OPEN;
    }
}
