package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * Offers up to three follow-up questions, each about a topic the role's own document has a section for,
 * so a suggestion never leads to "I don't know".
 */
public class SuggestionGenerator {

    static final int MAX_SUGGESTIONS = 3;

    private final Vocabulary vocabulary;

    public SuggestionGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Questions about the roles just discussed, skipping topics already covered in the conversation. */
    public List<String> forRoles(List<RoleDocument> roles, Topic current, List<Turn> history) {
        Set<String> covered = new HashSet<>();
        if (current != null) {
            covered.add(current.id().wireName());
        }
        history.stream().map(Turn::topicId).filter(id -> id != null).forEach(covered::add);
        Set<String> suggestions = new LinkedHashSet<>();
        for (RoleDocument role : roles) {
            for (Topic topic : answerableTopics(role)) {
                if (!covered.contains(topic.id().wireName()) && suggestions.size() < MAX_SUGGESTIONS) {
                    suggestions.add(topic.question(role.title()));
                }
            }
        }
        return new ArrayList<>(suggestions);
    }

    /** Starter questions for someone who has not named a role yet: one overview per role. */
    public List<String> starters(List<RoleDocument> roles) {
        Topic overview = vocabulary.topic(TopicId.OVERVIEW);
        return roles.stream()
                .filter(role -> answerableTopics(role).contains(overview))
                .limit(MAX_SUGGESTIONS)
                .map(role -> overview.question(role.title()))
                .toList();
    }

    /** Topics in vocabulary order (most asked first) that the role's document has a section for. */
    List<Topic> answerableTopics(RoleDocument role) {
        return vocabulary.topics().stream()
                .filter(topic -> topic.coveredBy(role))
                .toList();
    }
}
