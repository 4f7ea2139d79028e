package org.careeradvisor.channel.telegram;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Once the application is ready: registers the bot's commands, learns its username if not configured and, in webhook
 * mode with a public URL configured, registers the webhook (polling removes any webhook itself).
 */
public class TelegramStartup {

    private final BotApi api;
    private final BotIdentity identity;
    private final TelegramProperties properties;

    public TelegramStartup(BotApi api, BotIdentity identity, TelegramProperties properties) {
        this.api = api;
        this.identity = identity;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        api.registerCommands();
        identity.username();
        if ("webhook".equals(properties.mode()) && properties.webhookUrl() != null && !properties.webhookUrl().isBlank()) {
            api.registerWebhook(properties.webhookUrl(), properties.webhookSecret());
        }
    }
}
