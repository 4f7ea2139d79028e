package org.careeradvisor.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the model's provider, circuit state and the rates the breaker judges. Always UP: a slow or failing model
 * only means the default composer answers, so it must never take the service out of rotation (it is in neither
 * probe group).
 */
public class LlmHealthIndicator implements HealthIndicator {

    private final LlmProperties properties;
    private final CircuitBreaker breaker;

    public LlmHealthIndicator(LlmProperties properties, CircuitBreaker breaker) {
        this.properties = properties;
        this.breaker = breaker;
    }

    @Override
    public Health health() {
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        Health.Builder health = Health.up()
                .withDetail("provider", properties.provider().id())
                .withDetail("model", properties.endpoint().model())
                .withDetail("circuit", breaker.getState().name())
                .withDetail("callsInWindow", metrics.getNumberOfBufferedCalls());
        // Resilience4j reports -1 until the window holds enough calls to judge.
        if (metrics.getFailureRate() >= 0) {
            health.withDetail("failureRatePercent", Math.round(metrics.getFailureRate()));
        }
        if (metrics.getSlowCallRate() >= 0) {
            health.withDetail("slowCallRatePercent", Math.round(metrics.getSlowCallRate()));
        }
        return health.build();
    }
}
