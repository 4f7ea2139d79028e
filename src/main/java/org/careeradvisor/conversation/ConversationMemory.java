package org.careeradvisor.conversation;

import java.util.List;

/**
 * Remembers conversations: the recent turns that follow-ups refer to, and every message for replay. The default is
 * the database ({@link JdbcConversationMemory}); {@link InMemoryConversationMemory} serves tests and tools.
 */
public interface ConversationMemory {

    /**
     * Records the person's message before it is answered (write-ahead), so a crash leaves the question recorded.
     */
    void questionReceived(String conversationId, String channel, String questionId, String question);

    /** Records the answer to the question received last. */
    void append(String conversationId, Turn turn);

    /** The most recent answered turns, oldest first; empty for an unknown conversation. */
    List<Turn> recent(String conversationId);

    /** Every stored message in order; empty for an unknown conversation. */
    List<StoredMessage> messages(String conversationId);

    boolean exists(String conversationId);

    /** Whether the conversation holds an answer with this id (feedback may only rate real answers). */
    boolean hasAnswer(String conversationId, String messageId);

    /** Erases the conversation, its messages and their feedback; false when there was none. */
    boolean forget(String conversationId);
}
