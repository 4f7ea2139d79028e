package org.careeradvisor.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** Adds the knowledge version in service to {@code /actuator/info}: documents, roles, sections, chunks, indexed at. */
public class KnowledgeInfoContributor implements InfoContributor {

    private final SearchIndexHolder holder;

    public KnowledgeInfoContributor(SearchIndexHolder holder) {
        this.holder = holder;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> knowledge = new LinkedHashMap<>();
        holder.find()
                .ifPresentOrElse(
                        index -> {
                            knowledge.put("documents", index.knowledge().documents());
                            knowledge.put("roles", index.knowledge().roles().size());
                            knowledge.put("sections", index.knowledge().sections());
                            knowledge.put("chunks", index.knowledge().chunks().size());
                            knowledge.put(
                                    "indexedAt", index.knowledge().loadedAt().toString());
                            knowledge.put("skipped", index.knowledge().skipped());
                        },
                        () -> knowledge.put("status", "indexing"));
        builder.withDetail("knowledge", knowledge);
    }
}
