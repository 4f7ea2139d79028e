package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * What the advisor understood of a message: its intent, the roles it is about (named or carried over from
 * earlier turns), the topic asked about and, for out-of-scope messages, why.
 *
 * @param retrievalQuery  the text to search with: the message, plus the role it refers back to for follow-ups
 * @param followUp        whether roles were carried over from the conversation
 * @param text            the message as understood: stripped, its misspelt words corrected
 * @param protectedTraits whether the message mentions age, gender, nationality or another protected trait,
 *                        which the answer must not turn on
 */
public record QuestionAnalysis(
        Intent intent,
        List<RoleDocument> roles,
        Topic topic,
        boolean followUp,
        String retrievalQuery,
        OutOfScopeReason outOfScopeReason,
        String unknownRole,
        boolean protectedTraits,
        String text) {

    public QuestionAnalysis {
        roles = List.copyOf(roles);
    }

    public QuestionAnalysis withRetrievalQuery(String query) {
        return new QuestionAnalysis(
                intent, roles, topic, followUp, query, outOfScopeReason, unknownRole, protectedTraits, text);
    }

    public QuestionAnalysis withRoles(List<RoleDocument> newRoles) {
        return new QuestionAnalysis(
                intent,
                newRoles,
                topic,
                followUp,
                retrievalQuery,
                outOfScopeReason,
                unknownRole,
                protectedTraits,
                text);
    }

    public List<String> roleIds() {
        return roles.stream().map(RoleDocument::id).toList();
    }

    /** "Write me a job posting" with no role named or discussed: the request is understood, its role is asked for. */
    static QuestionAnalysis roleNeeded(Intent intent, String message) {
        return new QuestionAnalysis(
                intent, List.of(), null, false, message, OutOfScopeReason.ROLE_NOT_SPECIFIED, null, false, message);
    }

    /** A particular person's private matters, declined; the roles it names, to offer their pay in general. */
    static QuestionAnalysis personalData(String message, List<RoleDocument> named) {
        return new QuestionAnalysis(
                Intent.OUT_OF_SCOPE, named, null, false, message, OutOfScopeReason.PERSONAL_DATA, null, false, message);
    }

    static QuestionAnalysis outOfScope(OutOfScopeReason reason, String message, String unknownRole) {
        return new QuestionAnalysis(
                Intent.OUT_OF_SCOPE, List.of(), null, false, message, reason, unknownRole, false, message);
    }

    /** Why a message was not answered from the documents. */
    public enum OutOfScopeReason {
        NOT_IN_DOCUMENTS,
        UNKNOWN_ROLE,
        INSTRUCTION_OVERRIDE,
        PERSONAL_DATA,
        /** "what does it pay?" or "draft a posting" with no role named and none discussed before. */
        ROLE_NOT_SPECIFIED
    }
}
