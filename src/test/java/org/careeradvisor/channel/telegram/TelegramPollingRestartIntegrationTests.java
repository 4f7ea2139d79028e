package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.channel.telegram.TelegramUpdates.privateText;

import java.util.List;
import java.util.UUID;
import org.careeradvisor.CareerAdvisorApplication;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Stopping and starting the polling bot: an answer in progress is finished before the app stops, and an update that
 * Telegram sends again after the restart (it never saw the batch confirmed) is not answered a second time.
 */
class TelegramPollingRestartIntegrationTests {

    private static final String TOKEN = "5150:RESTART-test";
    private static FakeTelegram telegram;

    @BeforeAll
    static void startTelegram() {
        telegram = new FakeTelegram(TOKEN);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.shutdown();
    }

    @Test
    void anAnswerInProgressIsFinishedOnShutdownAndNotRepeatedAfterARestart() throws Exception {
        String database = "jdbc:h2:file:./target/polling-restart-" + UUID.randomUUID()
                + "/advisor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        long slowChat = 41_000_001L;
        // As if the process died before its next poll told Telegram the batch was taken.
        telegram.holdConfirmations(true);
        // The answer is still being composed when shutdown begins: Telegram is slow to take the typing action.
        telegram.error(post(urlEqualTo(telegram.path("sendChatAction")))
                .atPriority(1)
                .withRequestBody(containing("\"" + slowChat + "\""))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(2500)
                        .withBody("{\"ok\": true, \"result\": true}")));

        ConfigurableApplicationContext first = start(database);
        telegram.deliver(privateText(700, slowChat, "What does an ML data architect earn?"));
        telegram.await("sendChatAction", 1);
        first.close();

        List<JsonNode> finished = telegram.requests("sendmessage");
        assertThat(finished).hasSize(1);
        assertThat(finished.get(0).get("text").asString()).contains("$393,000");
        assertThat(telegram.confirmed(700)).isFalse();

        ConfigurableApplicationContext second = start(database);
        try {
            telegram.deliver(privateText(701, 41_000_002L, "What does an AI quality engineering VP do?"));
            telegram.await("sendmessage", 2);
            Thread.sleep(1000);
            assertThat(telegram.offsets().stream().filter(offset -> offset == 1).count())
                    .isGreaterThanOrEqualTo(2);
            assertThat(telegram.requests("sendmessage"))
                    .extracting(message -> message.get("chat_id").asString())
                    .containsExactly(String.valueOf(slowChat), "41000002");
        } finally {
            second.close();
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
                        "--advisor.telegram.bot-token=" + TOKEN,
                        "--advisor.telegram.api-url=" + telegram.baseUrl());
    }
}
