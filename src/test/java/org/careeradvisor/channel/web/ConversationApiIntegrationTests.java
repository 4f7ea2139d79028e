package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stored conversations over HTTP: replay, erasure, and the HR insights behind the admin token. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR, "advisor.admin.token=admin-secret-42"})
class ConversationApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0; i < 450 && get("/actuator/health/readiness", null).statusCode() != 200; i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void messagesAreReplayedInOrderWithSourcesAndAConversationCanBeErased() throws Exception {
        String id = chat(null, "What does a machine learning architect earn in the US?")
                .get("conversationId")
                .asString();
        JsonNode second = chat(id, "what degree does it require?");

        JsonNode messages = JSON.readTree(
                get("/api/conversations/" + id + "/messages", null).body());
        assertThat(messages.size()).isEqualTo(4);
        assertThat(messages.get(0).get("author").asString()).isEqualTo("USER");
        assertThat(messages.get(0).get("text").asString())
                .isEqualTo("What does a machine learning architect earn in the US?");
        assertThat(messages.get(1).get("author").asString()).isEqualTo("BOT");
        assertThat(messages.get(1).get("intent").asString()).isEqualTo("salary");
        assertThat(messages.get(1).get("sources").get(0).get("section").asString())
                .startsWith("Salary Ranges");
        assertThat(messages.get(3).get("id").asString())
                .isEqualTo(second.get("messageId").asString());

        post(
                "/api/feedback",
                "{\"conversationId\": \"" + id + "\", \"messageId\": \""
                        + second.get("messageId").asString() + "\", \"rating\": \"down\"}");
        HttpResponse<String> erased = http.send(
                HttpRequest.newBuilder(uri("/api/conversations/" + id)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(erased.statusCode()).isEqualTo(204);
        assertThat(get("/api/conversations/" + id + "/messages", null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(uri("/api/conversations/" + id)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void unknownAndMalformedConversationIdsAreProblems() throws Exception {
        HttpResponse<String> unknown = get("/api/conversations/nobody-here/messages", null);
        HttpResponse<String> malformed = get("/api/conversations/" + "x".repeat(65) + "/messages", null);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No conversation with that id");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("id must be 1-64 characters");
    }

    @Test
    void prometheusExposesAnswerFeedbackAndRetrievalMetricsAndNoSecretIsLogged(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        JsonNode answer = chat(null, "What does an AI research scientist do?");
        post(
                "/api/feedback",
                "{\"conversationId\": \"" + answer.get("conversationId").asString() + "\", \"messageId\": \""
                        + answer.get("messageId").asString() + "\", \"rating\": \"up\"}");
        get("/api/admin/insights", "Bearer admin-secret-42");

        String metrics = get("/actuator/prometheus", "Bearer admin-secret-42").body();

        assertThat(metrics)
                .contains(
                        "advisor_answers_total{channel=\"web\",grounded=\"true\",intent=\"overview\"}",
                        "advisor_answer_latency_seconds_bucket",
                        "advisor_retrieval_top_score_count",
                        "advisor_feedback_total{channel=\"web\",rating=\"up\"}");
        JsonNode info =
                JSON.readTree(get("/actuator/info", "Bearer admin-secret-42").body());
        assertThat(info.get("knowledge").get("roles").asInt()).isEqualTo(5);
        assertThat(info.get("knowledge").get("indexedAt").asString()).isNotBlank();
        assertThat(output.getAll())
                .doesNotContain("admin-secret-42")
                .doesNotContain("What does an AI research scientist do?");
    }

    @Test
    void insightsShowAnsweredRolesUnansweredQuestionsAndDislikedAnswersToAdminsOnly() throws Exception {
        chat(null, "What does an AI research scientist do?");
        chat(null, "What does a pastry chef earn?");
        chat(null, "What does a pastry chef earn?");
        chat(null, "Can an AI research manager work from home?");
        JsonNode disliked = chat(null, "Which ETL tools should an ML architect know?");
        post(
                "/api/feedback",
                "{\"conversationId\": \"" + disliked.get("conversationId").asString() + "\", \"messageId\": \""
                        + disliked.get("messageId").asString()
                        + "\", \"rating\": \"down\", \"comment\": \"Wanted cloud tools too\"}");

        assertThat(get("/api/admin/insights", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/admin/insights", "Bearer wrong-token").statusCode())
                .isEqualTo(401);
        assertThat(get("/api/admin/insights?days=0", "Bearer admin-secret-42").statusCode())
                .isEqualTo(400);
        HttpResponse<String> response = get("/api/admin/insights?days=30", "Bearer admin-secret-42");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode insights = JSON.readTree(response.body());
        assertThat(insights.get("answered").toString()).contains("ai-research-scientist", "overview");
        assertThat(insights.get("unanswered").get(0).get("question").asString())
                .isEqualTo("what does a pastry chef earn?");
        // A topic the role's document does not cover is a knowledge gap of that role, a section for HR to write.
        assertThat(insights.get("knowledgeGaps").toString())
                .contains("ai-research-manager", "can an ai research manager work from home?");
        assertThat(insights.get("unanswered").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(insights.get("disliked").get(0).get("comment").asString()).isEqualTo("Wanted cloud tools too");
        assertThat(insights.get("disliked").get(0).get("question").asString())
                .isEqualTo("Which ETL tools should an ML architect know?");
    }

    private JsonNode chat(String conversationId, String message) throws Exception {
        return JSON.readTree(post(
                        "/api/chat",
                        (conversationId == null ? "{" : "{\"conversationId\": \"" + conversationId + "\", ")
                                + "\"message\": \"" + message + "\"}")
                .body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
