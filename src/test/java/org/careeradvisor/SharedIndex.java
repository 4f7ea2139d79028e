package org.careeradvisor;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Map;
import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.advisor.AdvisorFactory;
import org.careeradvisor.advisor.Vocabulary;
import org.careeradvisor.conversation.ConversationProperties;
import org.careeradvisor.conversation.InMemoryConversationMemory;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.SearchIndexHolder;

/**
 * The real embedding model and an index of the shipped knowledge, built once per test JVM because loading the
 * ONNX model and embedding every section is the slow part of the suite.
 */
public final class SharedIndex {

    public static final String CACHE_DIR = "target/test-embedding-cache";

    private static EmbeddingModel model;
    private static SearchIndexHolder holder;
    private static Vocabulary vocabulary;

    private SharedIndex() {}

    public static synchronized EmbeddingModel model() {
        if (model == null) {
            model = new BgeSmallEnV15QuantizedEmbeddingModel();
        }
        return model;
    }

    public static synchronized Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.load();
        }
        return vocabulary;
    }

    public static synchronized SearchIndexHolder holder() {
        if (holder == null) {
            holder = SearchIndexHolder.standalone(
                    KnowledgeProperties.of(Map.of("dir", "knowledge", "cache-dir", CACHE_DIR)),
                    RetrievalProperties.defaults(),
                    model());
            holder.rebuild();
        }
        return holder;
    }

    public static SearchIndex index() {
        return holder().current();
    }

    /** A fresh advisor (with its own empty conversation memory) over the shared index. */
    public static Advisor advisor() {
        return AdvisorFactory.create(
                holder(),
                new InMemoryConversationMemory(ConversationProperties.defaults()),
                vocabulary(),
                RetrievalProperties.defaults(),
                null);
    }
}
