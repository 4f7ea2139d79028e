package org.careeradvisor.feedback;

import java.time.Instant;
import org.careeradvisor.conversation.ConversationMemory;

/** Records feedback on answers the advisor actually gave in that conversation. */
public class FeedbackService {

    private final ConversationMemory conversations;
    private final FeedbackStore store;
    private final io.micrometer.core.instrument.MeterRegistry registry;

    public FeedbackService(
            ConversationMemory conversations,
            FeedbackStore store,
            io.micrometer.core.instrument.MeterRegistry registry) {
        this.conversations = conversations;
        this.store = store;
        this.registry = registry;
    }

    /**
     * @throws UnknownMessageException when the channel's conversation holds no answer with that id (another channel's
     * is unknown here)
     */
    public Feedback record(String conversationId, String messageId, Rating rating, String comment, String channel) {
        if (!conversations.hasAnswer(conversationId, channel, messageId)) {
            throw new UnknownMessageException();
        }
        Feedback feedback = new Feedback(
                conversationId,
                messageId,
                rating,
                comment == null || comment.isBlank() ? null : comment.strip(),
                channel,
                Instant.now());
        store.save(feedback);
        registry.counter(
                        "advisor.feedback",
                        "rating",
                        rating.name().toLowerCase(java.util.Locale.ROOT),
                        "channel",
                        channel)
                .increment();
        return feedback;
    }

    /** Feedback named a conversation or message the advisor does not know. */
    public static class UnknownMessageException extends RuntimeException {
        public UnknownMessageException() {
            super("No answer with that messageId in that conversation.");
        }
    }
}
