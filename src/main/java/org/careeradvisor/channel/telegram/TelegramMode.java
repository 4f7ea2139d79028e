package org.careeradvisor.channel.telegram;

/** How the bot receives updates ({@code advisor.telegram.mode}). */
public enum TelegramMode {

    /** The bot fetches updates itself: nothing needs to reach this server. */
    POLLING,

    /** Telegram posts updates to {@code advisor.telegram.webhook-path}. */
    WEBHOOK
}
