package org.careeradvisor.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sections are retrieved.
 *
 * @param topK             sections kept after fusion
 * @param candidates       results each retriever contributes to fusion
 * @param queryInstruction prefix bge-small-en-v1.5 expects on queries (not on passages); blank disables it
 * @param minRelevance     lowest dense similarity at which a question counts as answerable by the documents
 * @param minTermCoverage  share of a question's content words (not question words or generic career words) that
 *                         must occur in the documents when the question names no role
 * @param minStatementRelevance lowest dense similarity of the best statement at which it counts as answering
 * @param queryCacheSize   recent query embeddings kept (a repeated question, a suggestion button) ; 0 turns it off
 * @param indexDir         folder of the on-disk Lucene index (BM25 and vectors); blank: {@code search-index} under
 *                         the knowledge's cache folder
 * @param exactSearchBelow an unscoped vector search compares every vector while a kind (chunks, statements) has fewer
 *                         than this many, and walks the HNSW graph above it (a search within one role is always exact)
 * @param ingestThreads    threads that embed the knowledge's texts at indexing; 0 or less: one per core
 */
@ConfigurationProperties("advisor.retrieval")
public record RetrievalProperties(Integer topK, Integer candidates, String queryInstruction, Double minRelevance,
                                  Double minTermCoverage, Double minStatementRelevance, Integer queryCacheSize,
                                  String indexDir, Integer exactSearchBelow, Integer ingestThreads) {

    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public RetrievalProperties {
        topK = topK == null || topK < 1 ? 5 : topK;
        candidates = candidates == null || candidates < topK ? Math.max(20, topK) : candidates;
        queryInstruction = queryInstruction == null ? BGE_QUERY_INSTRUCTION : queryInstruction;
        minRelevance = minRelevance == null ? 0.62 : minRelevance;
        minTermCoverage = minTermCoverage == null ? 0.5 : minTermCoverage;
        minStatementRelevance = minStatementRelevance == null ? 0.7 : minStatementRelevance;
        queryCacheSize = queryCacheSize == null || queryCacheSize < 0 ? 512 : queryCacheSize;
        indexDir = indexDir == null || indexDir.isBlank() ? null : indexDir;
        exactSearchBelow = exactSearchBelow == null || exactSearchBelow < 0 ? 10_000 : exactSearchBelow;
        ingestThreads = ingestThreads == null || ingestThreads < 1 ? Runtime.getRuntime().availableProcessors() : ingestThreads;
    }

    public RetrievalProperties(Integer topK, Integer candidates, String queryInstruction, Double minRelevance,
                               Double minTermCoverage, Double minStatementRelevance, Integer queryCacheSize) {
        this(topK, candidates, queryInstruction, minRelevance, minTermCoverage, minStatementRelevance, queryCacheSize,
                null, null, null);
    }

    public static RetrievalProperties defaults() {
        return new RetrievalProperties(null, null, null, null, null, null, null, null, null, null);
    }

    public RetrievalProperties withQueryInstruction(String instruction) {
        return new RetrievalProperties(topK, candidates, instruction, minRelevance, minTermCoverage, minStatementRelevance,
                queryCacheSize, indexDir, exactSearchBelow, ingestThreads);
    }
}
