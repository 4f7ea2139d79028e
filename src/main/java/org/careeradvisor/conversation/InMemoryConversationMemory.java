package org.careeradvisor.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversation memory in the JVM, bounded in turns per conversation and in conversations (least recently active
 * evicted first). Lost on restart; used by tests and the offline commands.
 */
public class InMemoryConversationMemory implements ConversationMemory {

    private final int maxTurns;
    private final Map<String, List<StoredMessage>> messages;
    private final Map<String, List<Turn>> turns = new java.util.HashMap<>();
    private final Map<String, String> channels = new java.util.HashMap<>();

    public InMemoryConversationMemory(ConversationProperties properties) {
        this.maxTurns = properties.maxTurns();
        int maxConversations = properties.maxConversations();
        this.messages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<StoredMessage>> eldest) {
                boolean evict = size() > maxConversations;
                if (evict) {
                    turns.remove(eldest.getKey());
                    channels.remove(eldest.getKey());
                }
                return evict;
            }
        };
    }

    @Override
    public synchronized void questionReceived(String conversationId, String channel, String questionId, String question) {
        String owner = channels.putIfAbsent(conversationId, channel);
        if (owner != null && !owner.equals(channel)) {
            throw new ForeignConversationException();
        }
        messages.computeIfAbsent(conversationId, id -> new ArrayList<>())
                .add(new StoredMessage(questionId, StoredMessage.Author.USER, question, null, null, List.of(), Instant.now()));
    }

    @Override
    public synchronized void append(String conversationId, Turn turn) {
        messages.computeIfAbsent(conversationId, id -> new ArrayList<>()).add(new StoredMessage(turn.messageId(),
                StoredMessage.Author.BOT, turn.answer(), turn.intent(), turn.grounded(), turn.sources(), turn.at()));
        List<Turn> recent = turns.computeIfAbsent(conversationId, id -> new ArrayList<>());
        recent.add(turn);
        while (recent.size() > maxTurns) {
            recent.remove(0);
        }
    }

    @Override
    public synchronized List<Turn> recent(String conversationId) {
        messages.get(conversationId);
        return List.copyOf(turns.getOrDefault(conversationId, List.of()));
    }

    @Override
    public synchronized Optional<String> channelOf(String conversationId) {
        return messages.containsKey(conversationId) ? Optional.ofNullable(channels.get(conversationId)) : Optional.empty();
    }

    @Override
    public synchronized List<StoredMessage> messages(String conversationId, String channel) {
        return exists(conversationId, channel) ? List.copyOf(messages.get(conversationId)) : List.of();
    }

    @Override
    public synchronized boolean hasAnswer(String conversationId, String channel, String messageId) {
        return exists(conversationId, channel) && turns.getOrDefault(conversationId, List.of()).stream()
                .anyMatch(turn -> turn.messageId().equals(messageId));
    }

    @Override
    public synchronized boolean forget(String conversationId, String channel) {
        if (!exists(conversationId, channel)) {
            return false;
        }
        turns.remove(conversationId);
        channels.remove(conversationId);
        return messages.remove(conversationId) != null;
    }

    synchronized int size() {
        return messages.size();
    }
}
