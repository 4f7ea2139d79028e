package org.careeradvisor.feedback;

import org.careeradvisor.conversation.ConversationMemory;

import java.time.Instant;

/** Records feedback on answers the advisor actually gave in that conversation. */
public class FeedbackService {

    private final ConversationMemory conversations;
    private final FeedbackStore store;

    public FeedbackService(ConversationMemory conversations, FeedbackStore store) {
        this.conversations = conversations;
        this.store = store;
    }

    /** @throws UnknownMessageException when the conversation holds no answer with that id */
    public Feedback record(String conversationId, String messageId, Rating rating, String comment, String channel) {
        if (!conversations.hasAnswer(conversationId, messageId)) {
            throw new UnknownMessageException();
        }
        Feedback feedback = new Feedback(conversationId, messageId, rating, comment == null || comment.isBlank() ? null : comment.strip(),
                channel, Instant.now());
        store.save(feedback);
        return feedback;
    }

    /** Feedback named a conversation or message the advisor does not know. */
    public static class UnknownMessageException extends RuntimeException {
        UnknownMessageException() {
            super("No answer with that messageId in that conversation.");
        }
    }
}
