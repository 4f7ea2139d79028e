package org.careeradvisor.advisor;

import org.careeradvisor.retrieval.RetrievedChunk;

import java.util.List;

/**
 * Turns retrieved sections into an answer. The default needs no model; an LLM-backed composer can take its
 * place behind this interface.
 */
public interface AnswerComposer {

    ComposedAnswer compose(String question, QuestionAnalysis analysis, List<RetrievedChunk> retrieved);
}
