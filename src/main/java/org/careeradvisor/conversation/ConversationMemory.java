package org.careeradvisor.conversation;

import java.util.List;

/**
 * Remembers the recent turns of each conversation. The default keeps them in memory; a database-backed
 * implementation can replace it without changes to the advisor.
 */
public interface ConversationMemory {

    /** The most recent turns, oldest first; empty for an unknown conversation. */
    List<Turn> recent(String conversationId);

    void append(String conversationId, Turn turn);

    /** Forgets the conversation entirely. */
    void forget(String conversationId);
}
