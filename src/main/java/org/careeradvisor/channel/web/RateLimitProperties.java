package org.careeradvisor.channel.web;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Abuse limits for the public API, suited to a widget on a public site.
 *
 * @param enabled                  the token buckets below (path rules and body limits always apply)
 * @param perConversationPerMinute messages per conversation per minute on /api/chat, /api/chat/stream and /api/feedback
 * @param perIpPerMinute           messages per client IP per minute on those endpoints, whatever conversation ids it
 * sends
 * @param otherPerIpPerMinute      every other API request (conversation history and erasure, roles, admin) per client
 *                                 IP per minute
 * @param maxBodyBytes             larger API request bodies are refused (413) before they are read
 * @param maxOtherBodyBytes        the same outside the API (the Telegram webhook, whose updates can be larger)
 */
@ConfigurationProperties("advisor.rate-limit")
@Validated
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20") @Positive int perConversationPerMinute,
        @DefaultValue("60") @Positive int perIpPerMinute,
        @DefaultValue("120") @Positive int otherPerIpPerMinute,
        @DefaultValue("16384") @Positive int maxBodyBytes,
        @DefaultValue("1048576") @Positive int maxOtherBodyBytes) {}
