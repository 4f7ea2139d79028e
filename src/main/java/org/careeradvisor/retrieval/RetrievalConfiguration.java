package org.careeradvisor.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the embedding model and the search index (which starts indexing as soon as it exists), and watches the
 * knowledge folder once the application has started.
 */
@Configuration(proxyBeanMethods = false)
public class RetrievalConfiguration {

    @Bean
    EmbeddingModel embeddingModel() {
        return inProcessEmbeddingModel();
    }

    /** The in-process model the service embeds with (its ONNX session as the service opens it), for the offline commands. */
    public static EmbeddingModel inProcessEmbeddingModel() {
        return new BgeSmallEmbeddingModel();
    }

    /** Indexing starts as soon as the holder exists, beside the rest of start-up (readiness waits for it). */
    @Bean(initMethod = "buildInBackground")
    SearchIndexHolder searchIndexHolder(KnowledgeProperties knowledge, RetrievalProperties retrieval, EmbeddingModel model) {
        return new SearchIndexHolder(knowledge, retrieval, model);
    }

    @Bean
    SearchIndexHealthIndicator searchIndexHealthIndicator(SearchIndexHolder holder) {
        return new SearchIndexHealthIndicator(holder);
    }

    @Bean
    KnowledgeInfoContributor knowledgeInfoContributor(SearchIndexHolder holder) {
        return new KnowledgeInfoContributor(holder);
    }

    @EventListener(ApplicationStartedEvent.class)
    void watchKnowledge(ApplicationStartedEvent event) throws java.io.IOException {
        SearchIndexHolder holder = event.getApplicationContext().getBean(SearchIndexHolder.class);
        KnowledgeProperties knowledge = event.getApplicationContext().getBean(KnowledgeProperties.class);
        if (knowledge.watch()) {
            var folder = holder.loader().folder();
            if (folder.isPresent()) {
                KnowledgeWatcher watcher = new KnowledgeWatcher(holder, folder.get());
                watcher.start();
                event.getApplicationContext().addApplicationListener(
                        (org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent>) closed -> {
                            try {
                                watcher.close();
                            } catch (java.io.IOException ignored) {
                                // the watcher thread is a daemon; nothing else to release
                            }
                        });
            }
        }
    }
}
