package org.careeradvisor.retrieval;

import org.careeradvisor.knowledge.Statement;

/**
 * A statement found for a question, with its fused rank and each retriever's score (0 when it did not find it).
 *
 * @param relevance dense relevance in [0, 1]
 * @param lexical   BM25 score
 */
public record RetrievedStatement(Statement statement, int rank, double relevance, double lexical) {}
