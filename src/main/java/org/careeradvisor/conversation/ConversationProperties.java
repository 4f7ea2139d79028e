package org.careeradvisor.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much conversation the in-memory store keeps.
 *
 * @param maxTurns         turns remembered per conversation (older ones are dropped)
 * @param maxConversations conversations remembered at once (the least recently active is evicted)
 */
@ConfigurationProperties("advisor.conversation")
public record ConversationProperties(Integer maxTurns, Integer maxConversations) {

    public ConversationProperties {
        maxTurns = maxTurns == null || maxTurns < 1 ? 10 : maxTurns;
        maxConversations = maxConversations == null || maxConversations < 1 ? 10_000 : maxConversations;
    }
}
