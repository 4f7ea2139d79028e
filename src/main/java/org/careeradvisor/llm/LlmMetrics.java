package org.careeradvisor.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/** Model calls, their latency, fallbacks by reason and the circuit's state, for dashboards. */
class LlmMetrics {

    private final MeterRegistry registry;
    private final String provider;
    private final Timer calls;

    LlmMetrics(MeterRegistry registry, String provider, CircuitBreaker breaker) {
        this.registry = registry;
        this.provider = provider;
        this.calls = Timer.builder("advisor.llm.calls").tag("provider", provider).register(registry);
        Gauge.builder("advisor.llm.circuit.open", breaker, b -> b.state() == CircuitBreaker.State.CLOSED ? 0 : 1)
                .tag("provider", provider).register(registry);
    }

    void call(long nanos) {
        calls.record(nanos, TimeUnit.NANOSECONDS);
    }

    void fallback(String reason) {
        Counter.builder("advisor.llm.fallbacks").tag("provider", provider).tag("reason", reason).register(registry).increment();
    }
}
