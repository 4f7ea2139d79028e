package org.careeradvisor.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram channel, enabled only when a bot token is set.
 *
 * @param botToken      secret from BotFather; set it in the environment ({@code ADVISOR_TELEGRAM_BOT_TOKEN})
 * @param mode          {@code webhook} is served by this session's build; {@code polling} is not built yet
 * @param apiUrl        the Bot API server (tests point it at a stub)
 * @param webhookPath   where Telegram posts updates
 * @param webhookSecret required in webhook mode: Telegram sends it in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param botUsername   the bot's @name, for mentions and {@code /cmd@bot} in groups
 * @param messagesPerUserPerMinute questions one user may ask per minute
 */
@ConfigurationProperties("advisor.telegram")
public record TelegramProperties(String botToken, String mode, String apiUrl, String webhookPath, String webhookSecret,
                                 String webhookUrl, String botUsername, Integer messagesPerUserPerMinute) {

    public TelegramProperties {
        mode = mode == null || mode.isBlank() ? "webhook" : mode.strip().toLowerCase(java.util.Locale.ROOT);
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
