package org.careeradvisor.advisor;

/**
 * Turns what retrieval found into an answer. The default needs no model; an LLM-backed composer can take its
 * place behind this interface. A composer that finds nothing answering says so with {@link ComposedAnswer#notAnswered}.
 */
public interface AnswerComposer {

    ComposedAnswer compose(String question, QuestionAnalysis analysis, Evidence evidence);
}
