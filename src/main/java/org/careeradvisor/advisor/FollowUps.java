package org.careeradvisor.advisor;

import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.TermAnalyzer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A follow-up that names another role and asks nothing of its own ("and the engineer?", "what about the scientist?")
 * asks the previous question again about that role: this finds that question.
 */
class FollowUps {

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Set<String> askingWords = new HashSet<>();

    FollowUps(Vocabulary vocabulary) {
        askingWords.addAll(analyzer.terms(String.join(" ", vocabulary.questionWords())));
        vocabulary.followUpOpeners().forEach(opener -> askingWords.addAll(analyzer.terms(opener)));
        askingWords.addAll(analyzer.terms("plain just only the same then"));
    }

    /** The previous question with its roles' names taken out, when this message asks nothing beyond naming a role. */
    Optional<String> previousQuestion(String message, List<RoleDocument> named, List<Turn> history, List<RoleDocument> roles) {
        if (named.isEmpty() || history.isEmpty()) {
            return Optional.empty();
        }
        Set<String> own = new HashSet<>(analyzer.terms(message));
        own.removeAll(askingWords);
        named.forEach(role -> role.names().forEach(name -> own.removeAll(analyzer.terms(name))));
        if (!own.isEmpty()) {
            return Optional.empty();
        }
        Turn previous = history.get(history.size() - 1);
        String question = previous.question();
        for (RoleDocument role : roles) {
            if (previous.roleIds().contains(role.id())) {
                for (String name : role.names()) {
                    question = question.replaceAll("(?i)\\b" + Pattern.quote(name) + "s?\\b", " ");
                }
            }
        }
        question = question.replaceAll("\\s+", " ").strip();
        return question.isEmpty() ? Optional.empty() : Optional.of(question);
    }
}
