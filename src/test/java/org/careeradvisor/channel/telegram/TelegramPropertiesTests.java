package org.careeradvisor.channel.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramPropertiesTests {

    @Test
    void pollingByDefaultAndTheTelegramServerUnlessSaidOtherwise() {
        TelegramProperties properties = new TelegramProperties("1:abc", null, null, null, null, null, "@MyBot", null);

        assertThat(properties.mode()).isEqualTo("polling");
        assertThat(properties.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(properties.webhookPath()).isEqualTo("/telegram/webhook");
        assertThat(properties.botUsername()).isEqualTo("MyBot");
        assertThat(new TelegramProperties("1:abc", " Webhook ", null, null, "s", null, null, null).mode()).isEqualTo("webhook");
    }

    @Test
    void anUnknownModeIsAClearStartupErrorAndSecretsNeverPrint() {
        assertThatThrownBy(() -> new TelegramProperties("1:abc", "pull", null, null, null, null, null, null))
                .hasMessage("advisor.telegram.mode must be polling or webhook, not 'pull'");
        assertThat(new TelegramProperties("1:abc", "webhook", null, null, "hook-secret", null, null, null).toString())
                .doesNotContain("1:abc", "hook-secret").contains("botToken=set", "webhookSecret=set");
    }
}
