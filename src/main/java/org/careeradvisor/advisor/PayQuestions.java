package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.TermAnalyzer;

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

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Set<String> general = new HashSet<>();

    PayQuestions(Vocabulary vocabulary) {
        general.addAll(analyzer.terms(GENERAL));
        general.addAll(analyzer.terms(String.join(" ", vocabulary.questionWords())));
    }

    boolean specific(String message, List<RoleDocument> roles) {
        Set<String> terms = new HashSet<>(analyzer.terms(message));
        terms.removeAll(general);
        roles.forEach(role -> role.names().forEach(name -> terms.removeAll(analyzer.terms(name))));
        return !terms.isEmpty();
    }
}
