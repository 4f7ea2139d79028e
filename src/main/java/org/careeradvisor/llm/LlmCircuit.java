package org.careeradvisor.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's circuit breaker (Resilience4j): over the last {@code circuit-window} calls, once at least
 * {@code circuit-minimum-calls} were made, it opens when the share of failed calls reaches {@code circuit-failure-rate}
 * or the share of calls slower than {@code circuit-slow-call-duration} reaches {@code circuit-slow-call-rate}. Open,
 * it skips the model for {@code circuit-open-for}; then one trial call decides whether it closes or opens again.
 */
final class LlmCircuit {

    private static final Logger log = LoggerFactory.getLogger(LlmCircuit.class);

    private LlmCircuit() {}

    static CircuitBreaker of(LlmProperties properties) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.circuitWindow())
                .minimumNumberOfCalls(properties.circuitMinimumCalls())
                .failureRateThreshold(properties.circuitFailureRate())
                .slowCallDurationThreshold(properties.circuitSlowCallDuration())
                .slowCallRateThreshold(properties.circuitSlowCallRate())
                .waitDurationInOpenState(properties.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(Throwable.class)
                .build();
        CircuitBreaker breaker = CircuitBreaker.of("llm", config);
        breaker.getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "The model's circuit went from {} to {} (failed calls {}, slow calls {})",
                        event.getStateTransition().getFromState(),
                        event.getStateTransition().getToState(),
                        percent(breaker.getMetrics().getFailureRate()),
                        percent(breaker.getMetrics().getSlowCallRate())));
        return breaker;
    }

    /** A rate as logged: Resilience4j reports -1 until the window holds enough calls to judge. */
    private static String percent(float rate) {
        return rate < 0 ? "not judged yet" : Math.round(rate) + "%";
    }
}
