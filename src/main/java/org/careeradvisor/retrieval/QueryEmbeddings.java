package org.careeradvisor.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Embeds queries, remembering the most recent ones: one question is searched in the chunk and the statement index,
 * per role, and embedding it once instead of each time keeps the cost of a question at one model call; a question
 * asked again (a suggestion button, a popular question) costs none.
 */
public class QueryEmbeddings {

    private final EmbeddingModel model;
    private final Cache<String, Embedding> recent;

    /** @param remembered how many recent query embeddings to keep (0: embed every time) */
    public QueryEmbeddings(EmbeddingModel model, int remembered) {
        this.model = model;
        this.recent = Caffeine.newBuilder().maximumSize(remembered).build();
    }

    public Embedding embed(String text) {
        return recent.get(text, key -> model.embed(key).content());
    }
}
