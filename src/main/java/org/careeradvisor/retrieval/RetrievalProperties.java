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
 */
@ConfigurationProperties("advisor.retrieval")
public record RetrievalProperties(Integer topK, Integer candidates, String queryInstruction, Double minRelevance,
                                  Double minTermCoverage, Double minStatementRelevance, Integer queryCacheSize) {

    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    public RetrievalProperties {
        topK = topK == null || topK < 1 ? 5 : topK;
        candidates = candidates == null || candidates < topK ? Math.max(20, topK) : candidates;
        queryInstruction = queryInstruction == null ? BGE_QUERY_INSTRUCTION : queryInstruction;
        minRelevance = minRelevance == null ? 0.62 : minRelevance;
        minTermCoverage = minTermCoverage == null ? 0.5 : minTermCoverage;
        minStatementRelevance = minStatementRelevance == null ? 0.7 : minStatementRelevance;
        queryCacheSize = queryCacheSize == null || queryCacheSize < 0 ? 512 : queryCacheSize;
    }

    public static RetrievalProperties defaults() {
        return new RetrievalProperties(null, null, null, null, null, null, null);
    }

    public RetrievalProperties withQueryInstruction(String instruction) {
        return new RetrievalProperties(topK, candidates, instruction, minRelevance, minTermCoverage, minStatementRelevance,
                queryCacheSize);
    }
}
