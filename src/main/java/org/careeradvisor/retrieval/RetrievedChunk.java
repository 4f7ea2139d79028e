package org.careeradvisor.retrieval;

import org.careeradvisor.knowledge.Chunk;

/**
 * A chunk found for a question, with its fused rank and the score each retriever gave it (0 when it did not find it).
 *
 * @param relevance dense relevance in [0, 1] (LangChain4j maps cosine similarity to (cos + 1) / 2)
 * @param lexical   BM25 score
 */
public record RetrievedChunk(Chunk chunk, int rank, double relevance, double lexical) {}
