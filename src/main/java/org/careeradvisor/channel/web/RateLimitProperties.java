package org.careeradvisor.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits for the public API, suited to a widget on a public site.
 *
 * @param perConversationPerMinute messages per conversation per minute on /api/chat, /api/chat/stream and /api/feedback
 * @param perIpPerMinute           requests per client IP per minute on those endpoints, whatever conversation ids it sends
 * @param maxBodyBytes             larger request bodies are rejected (413) before they are parsed
 */
@ConfigurationProperties("advisor.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer perConversationPerMinute, Integer perIpPerMinute, Integer maxBodyBytes) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        perConversationPerMinute = perConversationPerMinute == null ? 20 : perConversationPerMinute;
        perIpPerMinute = perIpPerMinute == null ? 60 : perIpPerMinute;
        maxBodyBytes = maxBodyBytes == null ? 16 * 1024 : maxBodyBytes;
    }
}
