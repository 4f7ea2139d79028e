package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.KnowledgeBase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a pay question that asks for one thing ("and the bonus?", "top 10% in the US?", "base salary range") from one
 * that asks what a role pays in general, which gets every figure of the role's pay sections.
 */
class PayQuestions {

    /** Words that ask about pay in general, saying nothing about which figure. */
    private static final String GENERAL = "salary salaries earn earns earning earnings pay pays paid compensation comp wage wages "
            + "income money make makes made typically typical usually generally roughly approximately market";

    private final QuestionWords words;
    private final Set<String> general;

    PayQuestions(QuestionWords words) {
        this.words = words;
        this.general = Set.copyOf(words.analyzer().terms(GENERAL));
    }

    boolean specific(String message, List<RoleDocument> roles, KnowledgeBase knowledge) {
        Set<String> terms = new HashSet<>(words.content(message, roles, knowledge));
        terms.removeAll(general);
        return !terms.isEmpty();
    }
}
