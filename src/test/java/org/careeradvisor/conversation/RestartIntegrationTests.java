package org.careeradvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careeradvisor.CareerAdvisorApplication;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ask, stop the application, start it again on the same database, and ask a follow-up that needs the first turn. */
class RestartIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    static List<TestDatabases.Database> databases() {
        List<TestDatabases.Database> databases = new ArrayList<>();
        databases.add(TestDatabases.h2("jdbc:h2:file:./target/restart-" + UUID.randomUUID()
                + "/advisor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        databases.add(TestDatabases.postgres());
        return databases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void conversationsFeedbackAndTelegramDedupeSurviveARestart(TestDatabases.Database db) throws Exception {
        String conversation;
        long updateId = Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L) + 1;
        String feedbackFor;
        try (ConfigurableApplicationContext first = start(db)) {
            JsonNode answer = chat(first, null, "Tell me about the Machine Learning Data Architect role");
            conversation = answer.get("conversationId").asString();
            assertThat(answer.get("grounded").asBoolean()).isTrue();
            feedbackFor = answer.get("messageId").asString();
            first.getBean(org.careeradvisor.feedback.FeedbackService.class)
                    .record(conversation, feedbackFor, org.careeradvisor.feedback.Rating.UP, "useful", "web");
            assertThat(first.getBean(org.careeradvisor.channel.telegram.TelegramInbox.class)
                            .store(update(updateId)))
                    .hasSize(1);
        }
        try (ConfigurableApplicationContext second = start(db)) {
            assertThat(second.getBean(org.careeradvisor.channel.telegram.TelegramInbox.class)
                            .store(update(updateId)))
                    .as("a Telegram update taken before the restart is not answered again")
                    .isEmpty();
            assertThat(second.getBean(org.careeradvisor.feedback.FeedbackStore.class)
                            .find(feedbackFor))
                    .hasValueSatisfying(
                            feedback -> assertThat(feedback.comment()).isEqualTo("useful"));
            JsonNode followUp = chat(second, conversation, "and what does it pay?");
            assertThat(followUp.get("grounded").asBoolean()).isTrue();
            assertThat(followUp.get("answer").asString()).contains("$393,000");
            assertThat(followUp.get("conversationId").asString()).isEqualTo(conversation);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoInstancesOnOneDatabaseShareConversationsAndFeedback(TestDatabases.Database db) throws Exception {
        try (ConfigurableApplicationContext a = start(db);
                ConfigurableApplicationContext b = start(db)) {
            JsonNode first = chat(a, null, "Tell me about the AI Research Scientist role");
            String conversation = first.get("conversationId").asString();
            JsonNode followUp = chat(b, conversation, "what qualifications does it need?");

            assertThat(followUp.get("grounded").asBoolean()).isTrue();
            assertThat(followUp.get("answer").asString()).contains("Ph.D.");
            int portA = ((WebServerApplicationContext) a).getWebServer().getPort();
            HttpResponse<String> feedback = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/api/feedback"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"conversationId\": \"" + conversation + "\", \"messageId\": \""
                                            + followUp.get("messageId").asString() + "\", \"rating\": \"up\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(feedback.statusCode())
                    .as("instance A accepts feedback on an answer instance B gave")
                    .isEqualTo(204);
            assertThat(followUp.get("conversationId").asString())
                    .as("instance B continues the id instance A issued")
                    .isEqualTo(conversation);
        }
    }

    private static List<org.telegram.telegrambots.meta.api.objects.Update> update(long updateId) {
        var update = new org.telegram.telegrambots.meta.api.objects.Update();
        update.setUpdateId((int) updateId);
        return List.of(update);
    }

    private static ConfigurableApplicationContext start(TestDatabases.Database db) {
        return new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                        "--advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR);
    }

    private JsonNode chat(ConfigurableApplicationContext context, String conversation, String message)
            throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest ready = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build();
        for (int i = 0;
                i < 450
                        && http.send(ready, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        (conversation == null ? "{" : "{\"conversationId\": \"" + conversation + "\", ")
                                + "\"message\": \"" + message + "\"}"))
                .build();
        return JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
