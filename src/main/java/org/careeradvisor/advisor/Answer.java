package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.conversation.Source;

/**
 * The advisor's reply to one message, channel-agnostic: Markdown text, whether it is grounded in the role
 * documents, the sections it cites and follow-up questions the documents can answer.
 *
 * @param conversation whether the message continued its conversation or began one under {@code conversationId}
 */
public record Answer(
        String conversationId,
        String messageId,
        String answer,
        boolean grounded,
        Intent intent,
        List<String> roles,
        List<Source> sources,
        List<String> suggestions,
        ConversationStart conversation) {

    public Answer {
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
    }
}
