package org.careeradvisor.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the embedding model and the search index (which starts indexing as soon as it exists), and the watcher of
 * the knowledge folder, which starts and stops with the application.
 */
@Configuration(proxyBeanMethods = false)
public class RetrievalConfiguration {

    @Bean
    EmbeddingModel embeddingModel() {
        return inProcessEmbeddingModel();
    }

    /**
     * The in-process model the service embeds with (its ONNX session as the service opens it), for the offline
     * commands.
     */
    public static EmbeddingModel inProcessEmbeddingModel() {
        return new BgeSmallEmbeddingModel();
    }

    /** Indexing starts as soon as the holder exists, beside the rest of start-up (readiness waits for it). */
    @Bean
    KnowledgeLoader knowledgeLoader(KnowledgeProperties knowledge) {
        return new KnowledgeLoader(knowledge);
    }

    @Bean(initMethod = "buildInBackground")
    SearchIndexHolder searchIndexHolder(
            KnowledgeProperties knowledge,
            RetrievalProperties retrieval,
            EmbeddingModel model,
            KnowledgeLoader loader) {
        return new SearchIndexHolder(knowledge, retrieval, model, loader);
    }

    @Bean
    KnowledgeWatcher knowledgeWatcher(SearchIndexHolder holder, KnowledgeProperties knowledge) {
        return new KnowledgeWatcher(holder, knowledge);
    }

    @Bean
    SearchIndexHealthIndicator searchIndexHealthIndicator(SearchIndexHolder holder) {
        return new SearchIndexHealthIndicator(holder);
    }

    @Bean
    KnowledgeInfoContributor knowledgeInfoContributor(SearchIndexHolder holder) {
        return new KnowledgeInfoContributor(holder);
    }
}
