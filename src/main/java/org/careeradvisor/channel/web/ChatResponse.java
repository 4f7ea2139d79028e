package org.careeradvisor.channel.web;

import java.util.List;
import org.careeradvisor.advisor.Answer;
import org.careeradvisor.advisor.ConversationStart;
import org.careeradvisor.conversation.Source;

/**
 * Body of the reply to {@code POST /api/chat}: the contract other channels and users rely on.
 *
 * @param conversationId        the conversation to send with the next message: the server issues it and it is the
 *                              only key to the conversation
 * @param newConversation       this message began a conversation under {@code conversationId}
 * @param unknownConversationId the {@code conversationId} sent is not one this server issued to the web chat (or it
 *                              was erased), so a new conversation began: keep the new id
 */
public record ChatResponse(
        String conversationId,
        String messageId,
        String answer,
        boolean grounded,
        String intent,
        List<Source> sources,
        List<String> suggestions,
        boolean newConversation,
        boolean unknownConversationId) {

    static ChatResponse from(Answer answer) {
        return new ChatResponse(
                answer.conversationId(),
                answer.messageId(),
                answer.answer(),
                answer.grounded(),
                answer.intent().wireName(),
                answer.sources(),
                answer.suggestions(),
                answer.conversation().isNew(),
                answer.conversation() == ConversationStart.REPLACED);
    }
}
