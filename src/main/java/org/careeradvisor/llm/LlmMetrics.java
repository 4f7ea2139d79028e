package org.careeradvisor.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Model calls, their latency, fallbacks by reason and the circuit's state and rates, for dashboards (our own gauges:
 * Resilience4j's Micrometer module is not used).
 */
class LlmMetrics {

    private final MeterRegistry registry;
    private final String provider;
    private final Timer calls;

    LlmMetrics(MeterRegistry registry, String provider, CircuitBreaker breaker) {
        this.registry = registry;
        this.provider = provider;
        this.calls =
                Timer.builder("advisor.llm.calls").tag("provider", provider).register(registry);
        Gauge.builder("advisor.llm.circuit.open", breaker, b -> b.getState() == CircuitBreaker.State.CLOSED ? 0 : 1)
                .description("1 while the model is skipped or on trial (open or half-open circuit)")
                .tag("provider", provider)
                .register(registry);
        Gauge.builder(
                        "advisor.llm.circuit.failure.rate",
                        breaker,
                        b -> Math.max(0, b.getMetrics().getFailureRate()))
                .description("percentage of failed calls among the last calls judged")
                .tag("provider", provider)
                .register(registry);
        Gauge.builder(
                        "advisor.llm.circuit.slow.call.rate",
                        breaker,
                        b -> Math.max(0, b.getMetrics().getSlowCallRate()))
                .description("percentage of slow calls among the last calls judged")
                .tag("provider", provider)
                .register(registry);
    }

    void call(long nanos) {
        calls.record(nanos, TimeUnit.NANOSECONDS);
    }

    void fallback(String reason) {
        Counter.builder("advisor.llm.fallbacks")
                .tag("provider", provider)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
