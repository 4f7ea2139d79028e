package org.careeradvisor.advisor;

import java.util.List;
import java.util.Optional;
import org.careeradvisor.knowledge.Chunk;

/**
 * Composes an answer with a language model from the same sections the default composer used. Returning empty
 * (model down, slow, or its draft failed the checks) keeps the default answer, so nothing is lost.
 */
public interface ModelComposer {

    /** @param stream receives the model's text as it is accepted; reset if a streamed draft is abandoned */
    Optional<ModelAnswer> compose(ModelRequest request, AnswerStream stream);

    /**
     * @param sections      the labelled sections the model may use, most relevant first
     * @param defaultAnswer the answer the default composer gave, which stands if the model fails
     */
    record ModelRequest(
            Intent intent,
            String question,
            List<String> history,
            List<String> roles,
            List<LabelledSection> sections,
            String defaultAnswer) {}

    /** A section with the label ("S1") the model cites it by. */
    record LabelledSection(String label, Chunk chunk) {}

    /** The model's Markdown answer (citation markers removed) and the labels it cited. */
    record ModelAnswer(String markdown, List<String> citedLabels) {}
}
