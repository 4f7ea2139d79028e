package org.careeradvisor.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code telegram} health in webhook mode, from Telegram's own view ({@code getWebhookInfo}, asked at most every
 * 30 s): DOWN when no webhook is set or it points elsewhere than {@code webhook-url}, since then no update arrives;
 * with the updates waiting at Telegram and its last delivery error. Not in the probe groups, like the polling one.
 */
class WebhookHealth implements HealthIndicator {

    private static final Duration FRESH = Duration.ofSeconds(30);

    private final BotApi api;
    private final String expectedUrl;
    private final Clock clock;
    private Health cached;
    private Instant cachedAt = Instant.MIN;

    WebhookHealth(BotApi api, String expectedUrl, Clock clock) {
        this.api = api;
        this.expectedUrl = expectedUrl == null ? "" : expectedUrl.strip();
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (cached == null || Duration.between(cachedAt, now).compareTo(FRESH) > 0) {
            cached = ask();
            cachedAt = now;
        }
        return cached;
    }

    private Health ask() {
        BotApi.WebhookStatus status;
        try {
            status = api.webhookStatus();
        } catch (BotApi.Unavailable e) {
            return Health.unknown()
                    .withDetail("mode", "webhook")
                    .withDetail("error", "Telegram could not be asked: " + e.getMessage())
                    .build();
        }
        String url = status.url() == null ? "" : status.url();
        boolean receiving = !url.isEmpty() && (expectedUrl.isEmpty() || expectedUrl.equals(url));
        Health.Builder health = (receiving ? Health.up() : Health.down())
                .withDetail("mode", "webhook")
                .withDetail("webhookUrl", url.isEmpty() ? "none set" : url)
                .withDetail("pendingUpdates", status.pendingUpdates() == null ? 0 : status.pendingUpdates());
        if (status.lastError() != null) {
            health.withDetail("lastError", status.lastError())
                    .withDetail("lastErrorAt", String.valueOf(status.lastErrorAt()));
        }
        return health.build();
    }
}
