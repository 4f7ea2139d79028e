package org.careeradvisor.channel.telegram;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Once the application is ready: registers the bot's commands and, when a public URL is configured, its webhook. */
public class TelegramStartup {

    private final BotApi api;
    private final TelegramProperties properties;

    public TelegramStartup(BotApi api, TelegramProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        api.registerCommands();
        if (properties.webhookUrl() != null && !properties.webhookUrl().isBlank()) {
            api.registerWebhook(properties.webhookUrl(), properties.webhookSecret());
        }
    }
}
