package org.careeradvisor.advisor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/** Answers by channel, intent and grounding, answer latency and the retrieval top score, for dashboards. */
public class AdvisorMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary topScore;

    public AdvisorMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.topScore = DistributionSummary.builder("advisor.retrieval.top.score")
                .description("Dense relevance of the best retrieved section, 0 to 1")
                .register(registry);
    }

    /** Metrics that go nowhere, for the offline commands and tests that assemble an advisor by hand. */
    public static AdvisorMetrics none() {
        return new AdvisorMetrics(new SimpleMeterRegistry());
    }

    void answered(String channel, Intent intent, boolean grounded, Duration latency) {
        String channelTag = channel == null ? "unknown" : channel;
        Counter.builder("advisor.answers")
                .tag("channel", channelTag)
                .tag("intent", intent.wireName())
                .tag("grounded", String.valueOf(grounded))
                .register(registry)
                .increment();
        Timer.builder("advisor.answer.latency")
                .tag("channel", channelTag)
                .register(registry)
                .record(latency);
    }

    void retrieved(double topRelevance) {
        topScore.record(topRelevance);
    }
}
