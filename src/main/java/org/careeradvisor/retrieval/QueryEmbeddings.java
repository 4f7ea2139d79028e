package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeds queries, remembering the most recent ones: one question is searched in the chunk and the statement index,
 * per role, and embedding it once instead of each time keeps the cost of a question at one model call.
 */
public class QueryEmbeddings {

    private static final int REMEMBERED = 512;

    private final EmbeddingModel model;
    private final Map<String, Embedding> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
            return size() > REMEMBERED;
        }
    };

    public QueryEmbeddings(EmbeddingModel model) {
        this.model = model;
    }

    public Embedding embed(String text) {
        synchronized (recent) {
            Embedding known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        Embedding embedding = model.embed(text).content();
        synchronized (recent) {
            recent.put(text, embedding);
        }
        return embedding;
    }
}
