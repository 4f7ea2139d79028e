package org.careeradvisor.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversation memory in the JVM, bounded in turns per conversation and in conversations (beyond
 * {@code max-conversations}, Caffeine evicts the least recently active). Lost on restart; used by tests and the
 * offline commands.
 */
public class InMemoryConversationMemory implements ConversationMemory {

    private final int maxTurns;
    private final Cache<String, List<StoredMessage>> messages;
    private final Map<String, List<Turn>> turns = new java.util.HashMap<>();
    private final Map<String, String> channels = new java.util.HashMap<>();

    public InMemoryConversationMemory(ConversationProperties properties) {
        this.maxTurns = properties.maxTurns();
        // Evicted on the calling thread, inside this store's lock, so that turns and channels go with the messages.
        this.messages = Caffeine.newBuilder()
                .maximumSize(properties.maxConversations())
                .executor(Runnable::run)
                .<String, List<StoredMessage>>evictionListener((conversationId, evicted, cause) -> {
                    turns.remove(conversationId);
                    channels.remove(conversationId);
                })
                .build();
    }

    @Override
    public synchronized void questionReceived(
            String conversationId, String channel, String questionId, String question) {
        String owner = channels.putIfAbsent(conversationId, channel);
        if (owner != null && !owner.equals(channel)) {
            throw new ForeignConversationException();
        }
        messages.get(conversationId, id -> new ArrayList<>())
                .add(new StoredMessage(
                        questionId, StoredMessage.Author.USER, question, null, null, List.of(), Instant.now()));
    }

    @Override
    public synchronized void append(String conversationId, Turn turn) {
        messages.get(conversationId, id -> new ArrayList<>())
                .add(new StoredMessage(
                        turn.messageId(),
                        StoredMessage.Author.BOT,
                        turn.answer(),
                        turn.intent(),
                        turn.grounded(),
                        turn.sources(),
                        turn.at()));
        List<Turn> recent = turns.computeIfAbsent(conversationId, id -> new ArrayList<>());
        recent.add(turn);
        while (recent.size() > maxTurns) {
            recent.remove(0);
        }
    }

    @Override
    public synchronized List<Turn> recent(String conversationId) {
        messages.getIfPresent(conversationId);
        return List.copyOf(turns.getOrDefault(conversationId, List.of()));
    }

    @Override
    public synchronized Optional<String> channelOf(String conversationId) {
        return messages.asMap().containsKey(conversationId)
                ? Optional.ofNullable(channels.get(conversationId))
                : Optional.empty();
    }

    @Override
    public synchronized List<StoredMessage> messages(String conversationId, String channel) {
        return exists(conversationId, channel) ? List.copyOf(messages.getIfPresent(conversationId)) : List.of();
    }

    @Override
    public synchronized boolean hasAnswer(String conversationId, String channel, String messageId) {
        return exists(conversationId, channel)
                && turns.getOrDefault(conversationId, List.of()).stream()
                        .anyMatch(turn -> turn.messageId().equals(messageId));
    }

    @Override
    public synchronized boolean forget(String conversationId, String channel) {
        if (!exists(conversationId, channel)) {
            return false;
        }
        turns.remove(conversationId);
        channels.remove(conversationId);
        return messages.asMap().remove(conversationId) != null;
    }

    synchronized int size() {
        messages.cleanUp();
        return (int) messages.estimatedSize();
    }
}
