package org.careeradvisor.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the embedding model and the search index, and starts indexing once the application has started.
 */
@Configuration(proxyBeanMethods = false)
public class RetrievalConfiguration {

    @Bean
    EmbeddingModel embeddingModel() {
        return new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Bean
    SearchIndexHolder searchIndexHolder(KnowledgeProperties knowledge, RetrievalProperties retrieval, EmbeddingModel model) {
        return new SearchIndexHolder(knowledge, retrieval, model);
    }

    @Bean
    SearchIndexHealthIndicator searchIndexHealthIndicator(SearchIndexHolder holder) {
        return new SearchIndexHealthIndicator(holder);
    }

    @EventListener(ApplicationStartedEvent.class)
    void startIndexing(ApplicationStartedEvent event) {
        event.getApplicationContext().getBean(SearchIndexHolder.class).buildInBackground();
    }
}
