package org.careeradvisor.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Remembers conversations: the recent turns that follow-ups refer to, and every message for replay. The default is
 * the database ({@link JdbcConversationMemory}); {@link InMemoryConversationMemory} serves tests and tools.
 * <p>
 * Every conversation belongs to the channel that started it ("web", "telegram"...): the methods that read, rate or
 * erase a conversation take the channel asking and treat another channel's conversation exactly like an unknown one,
 * and a question is never added to another channel's conversation.
 */
public interface ConversationMemory {

    /**
     * Records the person's message before it is answered (write-ahead), so a crash leaves the question recorded;
     * starts the conversation on that channel when it is new.
     *
     * @throws ForeignConversationException when the conversation exists on another channel
     */
    void questionReceived(String conversationId, String channel, String questionId, String question);

    /** Records the answer to the question received last. */
    void append(String conversationId, Turn turn);

    /** The most recent answered turns, oldest first; empty for an unknown conversation. */
    List<Turn> recent(String conversationId);

    /** The channel that owns the conversation; empty when there is no such conversation. */
    Optional<String> channelOf(String conversationId);

    /** Whether the conversation exists and belongs to this channel. */
    default boolean exists(String conversationId, String channel) {
        return conversationId != null
                && channelOf(conversationId).filter(channel::equals).isPresent();
    }

    /** Every stored message in order; empty for an unknown conversation or one of another channel. */
    List<StoredMessage> messages(String conversationId, String channel);

    /** Whether this channel's conversation holds an answer with this id (feedback may only rate real answers). */
    boolean hasAnswer(String conversationId, String channel, String messageId);

    /**
     * Erases this channel's conversation, its messages and their feedback; false when there was none on this channel.
     */
    boolean forget(String conversationId, String channel);
}
