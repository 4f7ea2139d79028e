package org.careeradvisor.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits for the public API, suited to a widget on a public site.
 *
 * @param enabled                  the token buckets below (path rules and body limits always apply)
 * @param perConversationPerMinute messages per conversation per minute on /api/chat, /api/chat/stream and /api/feedback
 * @param perIpPerMinute           messages per client IP per minute on those endpoints, whatever conversation ids it sends
 * @param otherPerIpPerMinute      every other API request (conversation history and erasure, roles, admin) per client
 *                                 IP per minute
 * @param maxBodyBytes             larger API request bodies are refused (413) before they are read
 * @param maxOtherBodyBytes        the same outside the API (the Telegram webhook, whose updates can be larger)
 */
@ConfigurationProperties("advisor.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer perConversationPerMinute, Integer perIpPerMinute,
                                  Integer otherPerIpPerMinute, Integer maxBodyBytes, Integer maxOtherBodyBytes) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        perConversationPerMinute = perConversationPerMinute == null ? 20 : perConversationPerMinute;
        perIpPerMinute = perIpPerMinute == null ? 60 : perIpPerMinute;
        otherPerIpPerMinute = otherPerIpPerMinute == null ? 120 : otherPerIpPerMinute;
        maxBodyBytes = maxBodyBytes == null ? 16 * 1024 : maxBodyBytes;
        maxOtherBodyBytes = maxOtherBodyBytes == null ? 1024 * 1024 : maxOtherBodyBytes;
    }
}
