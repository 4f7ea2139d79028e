package org.careeradvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careeradvisor.CareerAdvisorApplication;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.channel.telegram.TelegramInbox;
import org.careeradvisor.feedback.FeedbackStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention in the running application: the conversation package erases its conversations and announces it, the
 * feedback goes with its answers, and the Telegram channel purges its own inbox on hearing the announcement.
 */
class RetentionIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void retentionErasesExpiredConversationsWithTheirFeedbackAndTheTelegramInboxPurgesItself() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:retention-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            awaitReady(port);
            JsonNode answer = JSON.readTree(
                    post(port, "/api/chat", "{\"message\": \"Tell me about the AI Research Scientist role\"}")
                            .body());
            String conversation = answer.get("conversationId").asString();
            String messageId = answer.get("messageId").asString();
            assertThat(post(
                                    port,
                                    "/api/feedback",
                                    "{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + messageId
                                            + "\", \"rating\": \"down\"}")
                            .statusCode())
                    .isEqualTo(204);
            long updateId = Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L) + 1;
            TelegramInbox inbox = app.getBean(TelegramInbox.class);
            assertThat(inbox.store(update(updateId))).hasSize(1);

            int erased = app.getBean(RetentionJob.class).purge(Instant.now().plus(Duration.ofDays(91)));

            assertThat(erased).isEqualTo(1);
            assertThat(get(port, "/api/conversations/" + conversation + "/messages")
                            .statusCode())
                    .as("the expired conversation is gone")
                    .isEqualTo(404);
            assertThat(app.getBean(FeedbackStore.class).find(messageId))
                    .as("its feedback went with it")
                    .isEmpty();
            assertThat(inbox.store(update(updateId)))
                    .as("the Telegram inbox purged its old row on the event")
                    .hasSize(1);
        }
    }

    private void awaitReady(int port) throws Exception {
        for (int i = 0; i < 450 && get(port, "/actuator/health/readiness").statusCode() != 200; i++) {
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Update> update(long updateId) {
        Update update = new Update();
        update.setUpdateId((int) updateId);
        return List.of(update);
    }
}
