package org.careeradvisor.conversation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversation memory in the JVM, bounded in turns per conversation and in conversations (least recently
 * active evicted first). Lost on restart.
 */
public class InMemoryConversationMemory implements ConversationMemory {

    private final int maxTurns;
    private final Map<String, Deque<Turn>> conversations;

    public InMemoryConversationMemory(ConversationProperties properties) {
        this.maxTurns = properties.maxTurns();
        int maxConversations = properties.maxConversations();
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Turn>> eldest) {
                return size() > maxConversations;
            }
        };
    }

    @Override
    public synchronized List<Turn> recent(String conversationId) {
        Deque<Turn> turns = conversations.get(conversationId);
        return turns == null ? List.of() : List.copyOf(turns);
    }

    @Override
    public synchronized void append(String conversationId, Turn turn) {
        Deque<Turn> turns = conversations.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        turns.addLast(turn);
        while (turns.size() > maxTurns) {
            turns.removeFirst();
        }
    }

    @Override
    public synchronized void forget(String conversationId) {
        conversations.remove(conversationId);
    }

    synchronized int size() {
        return conversations.size();
    }
}
