package org.careeradvisor.advisor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * A follow-up that names another role and asks nothing of its own ("and the engineer?", "what about the scientist?")
 * asks the previous question again about that role: this finds that question.
 */
class FollowUps {

    private final QuestionWords words;
    /** Words that carry a question on without asking anything new ("and", "what about", "plain"). */
    private final Set<String> carrying = new HashSet<>();
    /** Short forms, written out in the previous question before its roles' names are taken out ("res sci"). */
    private final java.util.Map<String, String> abbreviations;

    FollowUps(QuestionWords words, Vocabulary vocabulary) {
        this.words = words;
        this.abbreviations = vocabulary.abbreviations();
        vocabulary
                .followUpOpeners()
                .forEach(opener -> carrying.addAll(words.analyzer().terms(opener)));
        vocabulary
                .followUpCarrying()
                .forEach(word -> carrying.addAll(words.analyzer().terms(word)));
    }

    /** The previous question with its roles' names taken out, when this message asks nothing beyond naming a role. */
    Optional<String> previousQuestion(
            String message, List<RoleDocument> named, List<Turn> history, KnowledgeBase knowledge) {
        if (named.isEmpty() || history.isEmpty()) {
            return Optional.empty();
        }
        Set<String> own = new HashSet<>(words.content(message, named, knowledge));
        own.removeAll(carrying);
        if (!own.isEmpty()) {
            return Optional.empty();
        }
        // The last turn about a role: "thanks!" in between asks nothing to carry on.
        Optional<Turn> about =
                history.stream().filter(turn -> !turn.roleIds().isEmpty()).reduce((first, second) -> second);
        if (about.isEmpty()) {
            return Optional.empty();
        }
        Turn previous = about.get();
        String question = Spelling.withShortFormsOut(previous.question(), abbreviations);
        for (String roleId : previous.roleIds()) {
            question = knowledge.withoutNames(roleId, question);
        }
        return question.isBlank() ? Optional.empty() : Optional.of(question);
    }
}
