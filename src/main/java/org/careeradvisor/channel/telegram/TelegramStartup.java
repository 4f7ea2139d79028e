package org.careeradvisor.channel.telegram;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once the application is ready: registers the bot's commands, learns its username if not configured and, in webhook
 * mode with a public URL configured, registers the webhook (polling removes any webhook itself). What Telegram did
 * not accept then is tried again every minute, since a webhook never registered means no updates at all.
 */
class TelegramStartup {

    private final BotApi api;
    private final BotIdentity identity;
    private final TelegramProperties properties;
    private volatile boolean commandsRegistered;
    private volatile boolean webhookRegistered;

    public TelegramStartup(BotApi api, BotIdentity identity, TelegramProperties properties) {
        this.api = api;
        this.identity = identity;
        this.properties = properties;
        this.webhookRegistered = properties.mode() != TelegramMode.WEBHOOK
                || properties.webhookUrl() == null
                || properties.webhookUrl().isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        retry();
        identity.username();
    }

    /** Registers whatever is not registered yet. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    public void retry() {
        if (!commandsRegistered) {
            commandsRegistered = api.registerCommands();
        }
        if (!webhookRegistered) {
            webhookRegistered = api.registerWebhook(properties.webhookUrl(), properties.webhookSecret());
        }
    }
}
