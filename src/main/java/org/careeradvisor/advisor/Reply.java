package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * What a capability produced, before it becomes an {@link Answer}: the answer's Markdown, whether the documents
 * answered it, its sources, any suggestions of its own, the roles it is about and, when it differs from the analysed
 * one, the intent to report. {@link #outsideDocuments()} is the result for a question the documents cannot answer.
 */
record Reply(
        String markdown,
        boolean grounded,
        List<Source> sources,
        List<String> suggestions,
        List<RoleDocument> roles,
        Intent intent,
        boolean outside) {

    Reply {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
        roles = List.copyOf(roles);
    }

    Reply(
            String markdown,
            boolean grounded,
            List<Source> sources,
            List<String> suggestions,
            List<RoleDocument> roles,
            Intent intent) {
        this(markdown, grounded, sources, suggestions, roles, intent, false);
    }

    static Reply grounded(ComposedAnswer composed, List<RoleDocument> roles) {
        return new Reply(composed.markdown(), true, composed.sources(), List.of(), roles, null);
    }

    /** Nothing in the documents answers: the advisor says so and offers what they do cover. */
    static Reply outsideDocuments() {
        return new Reply("", false, List.of(), List.of(), List.of(), Intent.OUT_OF_SCOPE, true);
    }

    /** The same reply reported as another intent ("student here, what should I study?" is answered as a question). */
    Reply as(Intent reported) {
        return new Reply(markdown, grounded, sources, suggestions, roles, reported, outside);
    }

    Intent intent(QuestionAnalysis analysis) {
        return intent != null ? intent : analysis.intent();
    }
}
