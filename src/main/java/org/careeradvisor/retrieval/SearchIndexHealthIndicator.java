package org.careeradvisor.retrieval;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the search index as UP only once it is built; part of the readiness group, never of liveness.
 */
public class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndexHolder holder;

    public SearchIndexHealthIndicator(SearchIndexHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        return holder.find()
                .filter(index -> holder.ready())
                .map(index -> Health.up()
                        .withDetail("documents", index.knowledge().documents())
                        .withDetail("roles", index.knowledge().roles().size())
                        .withDetail("chunks", index.knowledge().chunks().size())
                        .withDetail("indexedAt", index.knowledge().loadedAt().toString())
                        .build())
                .orElseGet(() -> Health.outOfService()
                        .withDetail(
                                "reason",
                                holder.failure()
                                        .orElse(
                                                holder.find().isPresent()
                                                        ? "preparing for questions"
                                                        : "indexing role documents"))
                        .build());
    }
}
