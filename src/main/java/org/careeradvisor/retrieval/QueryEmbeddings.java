package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeds queries, remembering the most recent ones: one question is searched in the chunk and the statement index,
 * per role, and embedding it once instead of each time keeps the cost of a question at one model call; a question
 * asked again (a suggestion button, a popular question) costs none.
 */
public class QueryEmbeddings {

    private final EmbeddingModel model;
    private final Map<String, Embedding> recent;

    /** @param remembered how many recent query embeddings to keep (0: embed every time) */
    public QueryEmbeddings(EmbeddingModel model, int remembered) {
        this.model = model;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                return size() > remembered;
            }
        };
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
