package org.careeradvisor.channel.telegram;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram channel, enabled only when a bot token is set.
 *
 * @param botToken      secret from BotFather; set it in the environment ({@code ADVISOR_TELEGRAM_BOT_TOKEN})
 * @param mode          {@code polling} (the bot fetches updates, nothing needs to reach this server) or
 *                      {@code webhook} (Telegram posts updates to {@code webhookPath})
 * @param apiUrl        the Bot API server (tests point it at a stub)
 * @param webhookPath   where Telegram posts updates
 * @param webhookSecret required in webhook mode: Telegram sends it in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param webhookUrl    public URL registered with {@code setWebhook} on start (webhook mode, optional)
 * @param botUsername   the bot's @name, for mentions and {@code /cmd@bot} in groups; asked of Telegram ({@code getMe})
 * when unset
 * @param messagesPerUserPerMinute questions one user may ask per minute
 */
@ConfigurationProperties("advisor.telegram")
@Validated
public record TelegramProperties(
        String botToken,
        @DefaultValue("polling") @NotNull TelegramMode mode,
        @DefaultValue("https://api.telegram.org") @NotBlank String apiUrl,
        @DefaultValue("/telegram/webhook") @NotBlank String webhookPath,

        @Pattern(regexp = SECRET_FORM, message = SECRET_RULE)
        String webhookSecret,

        String webhookUrl,
        @DefaultValue("") String botUsername,
        @DefaultValue("20") @Positive int messagesPerUserPerMinute) {

    private static final String SECRET_FORM = "[A-Za-z0-9_-]{1,256}";
    private static final String SECRET_RULE = "must be 1-256 characters of A-Z a-z 0-9 _ -";

    public TelegramProperties {
        apiUrl = apiUrl == null ? null : apiUrl.strip();
        botUsername = botUsername == null ? null : botUsername.replace("@", "").strip();
    }

    @AssertTrue(
            message = "advisor.telegram.webhook-secret is required in webhook mode: 1-256 characters of "
                    + "A-Z a-z 0-9 _ -")
    boolean isWebhookSecretSetInWebhookMode() {
        return mode != TelegramMode.WEBHOOK
                || botToken == null
                || botToken.isBlank()
                || webhookSecret != null && webhookSecret.matches(SECRET_FORM);
    }

    /** These settings (named as in {@code application.yml}, without the prefix) bound over the defaults. */
    static TelegramProperties of(Map<String, String> properties) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        properties.forEach((name, value) -> source.put("advisor.telegram." + name, value));
        return new Binder(source).bindOrCreate("advisor.telegram", TelegramProperties.class);
    }

    @Override
    public String toString() {
        return "TelegramProperties[mode=" + mode + ", apiUrl=" + apiUrl + ", webhookPath=" + webhookPath + ", botToken="
                + (botToken == null || botToken.isBlank() ? "unset" : "set") + ", webhookSecret="
                + (webhookSecret == null || webhookSecret.isBlank() ? "unset" : "set") + "]";
    }
}
