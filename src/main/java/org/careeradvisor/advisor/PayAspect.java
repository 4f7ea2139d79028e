package org.careeradvisor.advisor;

import java.util.List;
import java.util.Locale;
import org.careeradvisor.knowledge.Statement;

/**
 * One thing a pay question can ask for (base salary, stock, top 10%, global figures, what moves the salary...): the
 * words that ask for it and the words that mark a line of the pay sections as giving it.
 *
 * @param answersWithList whether the aspect is answered by a list (the factors that move pay) rather than figures
 */
public record PayAspect(String id, String label, List<String> cues, List<String> figureWords, boolean answersWithList) {

    public PayAspect {
        cues = List.copyOf(cues);
        figureWords = List.copyOf(figureWords);
    }

    /** Whether the question (lower case, padded with spaces) asks for this aspect. */
    boolean askedIn(String paddedQuestion) {
        return cues.stream().anyMatch(cue -> paddedQuestion.contains(" " + cue + " "));
    }

    /** Whether a statement's text, label or sub-heading has this aspect's words. */
    boolean marks(Statement statement) {
        String where = (statement.section() + " " + (statement.listLabel() == null ? "" : statement.listLabel()) + " "
                        + statement.quote())
                .toLowerCase(Locale.ROOT);
        return figureWords.stream().anyMatch(where::contains);
    }
}
