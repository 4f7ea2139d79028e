package org.careeradvisor.retrieval;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.util.List;
import java.util.Map;
import org.careeradvisor.knowledge.Chunk;

/**
 * Semantic retrieval with the in-process bge-small embedding model, optionally limited to one role.
 * The model's query instruction is added here, to the query only, so the lexical retriever never sees it.
 */
public class DenseRetriever implements ContentRetriever {

    private final QueryEmbeddings model;
    private final EmbeddingStore<TextSegment> store;
    private final String queryInstruction;
    private final int maxResults;
    private final String roleId;

    /** A retriever sharing its query embeddings with others over the same model (chunks and statements). */
    public DenseRetriever(
            QueryEmbeddings model, EmbeddingStore<TextSegment> store, String queryInstruction, int maxResults) {
        this(model, store, queryInstruction, maxResults, null);
    }

    private DenseRetriever(
            QueryEmbeddings model,
            EmbeddingStore<TextSegment> store,
            String queryInstruction,
            int maxResults,
            String roleId) {
        this.model = model;
        this.store = store;
        this.queryInstruction = queryInstruction == null ? "" : queryInstruction;
        this.maxResults = maxResults;
        this.roleId = roleId;
    }

    /** The same retriever searching one role's segments (chunks or statements) only. */
    public DenseRetriever scopedTo(String roleId) {
        return new DenseRetriever(model, store, queryInstruction, maxResults, roleId);
    }

    @Override
    public List<Content> retrieve(Query query) {
        Embedding embedding = model.embed(queryInstruction + query.text());
        EmbeddingSearchRequest.EmbeddingSearchRequestBuilder request =
                EmbeddingSearchRequest.builder().queryEmbedding(embedding).maxResults(maxResults);
        if (roleId != null) {
            request.filter(metadataKey(Chunk.ROLE_ID).isEqualTo(roleId));
        }
        return store.search(request.build()).matches().stream()
                .map(match -> Content.from(match.embedded(), Map.of(ContentMetadata.SCORE, match.score())))
                .toList();
    }
}
