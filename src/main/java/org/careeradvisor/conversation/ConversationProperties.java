package org.careeradvisor.conversation;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much conversation the in-memory store keeps.
 *
 * @param maxTurns         turns remembered per conversation (older ones are dropped)
 * @param maxConversations conversations remembered at once (the least recently active is evicted)
 */
@ConfigurationProperties("advisor.conversation")
@Validated
public record ConversationProperties(
        @DefaultValue("10") @Positive int maxTurns,
        @DefaultValue("10000") @Positive int maxConversations) {

    /** The settings Spring binds when none is given, for code outside the application context. */
    public static ConversationProperties defaults() {
        return new Binder().bindOrCreate("advisor.conversation", ConversationProperties.class);
    }
}
