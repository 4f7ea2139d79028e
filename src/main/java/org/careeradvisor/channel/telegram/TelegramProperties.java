package org.careeradvisor.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram channel, enabled only when a bot token is set.
 *
 * @param botToken      secret from BotFather; set it in the environment ({@code ADVISOR_TELEGRAM_BOT_TOKEN})
 * @param mode          {@code polling} (default: the bot fetches updates, nothing needs to reach this server) or
 *                      {@code webhook} (Telegram posts updates to {@code webhookPath})
 * @param apiUrl        the Bot API server (tests point it at a stub)
 * @param webhookPath   where Telegram posts updates
 * @param webhookSecret required in webhook mode: Telegram sends it in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param webhookUrl    public URL registered with {@code setWebhook} on start (webhook mode, optional)
 * @param botUsername   the bot's @name, for mentions and {@code /cmd@bot} in groups; asked of Telegram ({@code getMe}) when unset
 * @param messagesPerUserPerMinute questions one user may ask per minute
 */
@ConfigurationProperties("advisor.telegram")
public record TelegramProperties(String botToken, String mode, String apiUrl, String webhookPath, String webhookSecret,
                                 String webhookUrl, String botUsername, Integer messagesPerUserPerMinute) {

    public TelegramProperties {
        mode = mode == null || mode.isBlank() ? "polling" : mode.strip().toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            throw new IllegalArgumentException("advisor.telegram.mode must be polling or webhook, not '" + mode + "'");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip();
        webhookPath = webhookPath == null || webhookPath.isBlank() ? "/telegram/webhook" : webhookPath;
        botUsername = botUsername == null ? "" : botUsername.replace("@", "").strip();
        messagesPerUserPerMinute = messagesPerUserPerMinute == null || messagesPerUserPerMinute < 1 ? 20 : messagesPerUserPerMinute;
    }

    @Override
    public String toString() {
        return "TelegramProperties[mode=" + mode + ", apiUrl=" + apiUrl + ", webhookPath=" + webhookPath + ", botToken="
                + (botToken == null || botToken.isBlank() ? "unset" : "set") + ", webhookSecret="
                + (webhookSecret == null || webhookSecret.isBlank() ? "unset" : "set") + "]";
    }
}
