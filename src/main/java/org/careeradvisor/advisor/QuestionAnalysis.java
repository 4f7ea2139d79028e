package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.List;
import java.util.Optional;

/**
 * What the advisor understood of a message: its intent, the roles it is about (named or carried over from
 * earlier turns), the topic asked about and, for out-of-scope messages, why.
 *
 * @param retrievalQuery the text to search with: the message, plus the role it refers back to for follow-ups
 * @param followUp       whether roles or topic were carried over from the conversation
 */
public record QuestionAnalysis(Intent intent, List<RoleDocument> roles, Topic topic, boolean followUp,
                               String retrievalQuery, OutOfScopeReason outOfScopeReason, String unknownRole) {

    public QuestionAnalysis {
        roles = List.copyOf(roles);
    }

    public Optional<Topic> topicIfAny() {
        return Optional.ofNullable(topic);
    }

    public List<String> roleIds() {
        return roles.stream().map(RoleDocument::id).toList();
    }

    /** Why a message was not answered from the documents. */
    public enum OutOfScopeReason {
        NOT_IN_DOCUMENTS, UNKNOWN_ROLE, INSTRUCTION_OVERRIDE,
        /** "what does it pay?" with no role named and none discussed before. */
        ROLE_NOT_SPECIFIED
    }
}
