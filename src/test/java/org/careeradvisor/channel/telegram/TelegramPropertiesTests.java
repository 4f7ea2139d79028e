package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

class TelegramPropertiesTests {

    @Test
    void pollingByDefaultAndTheTelegramServerUnlessSaidOtherwise() {
        TelegramProperties properties = TelegramProperties.of(Map.of("bot-token", "1:abc", "bot-username", "@MyBot"));

        assertThat(properties.mode()).isEqualTo(TelegramMode.POLLING);
        assertThat(properties.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(properties.webhookPath()).isEqualTo("/telegram/webhook");
        assertThat(properties.botUsername()).isEqualTo("MyBot");
        assertThat(TelegramProperties.of(Map.of("bot-token", "1:abc", "mode", " Webhook ", "webhook-secret", "s"))
                        .mode())
                .isEqualTo(TelegramMode.WEBHOOK);
    }

    @Test
    void anUnknownModeIsAClearStartupErrorAndSecretsNeverPrint() {
        assertThatThrownBy(() -> TelegramProperties.of(Map.of("bot-token", "1:abc", "mode", "pull")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("advisor.telegram.mode");
        assertThat(TelegramProperties.of(
                                Map.of("bot-token", "1:abc", "mode", "webhook", "webhook-secret", "hook-secret"))
                        .toString())
                .doesNotContain("1:abc", "hook-secret")
                .contains("botToken=set", "webhookSecret=set");
    }
}
