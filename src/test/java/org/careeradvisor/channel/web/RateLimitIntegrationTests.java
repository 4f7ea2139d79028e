package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.careeradvisor.Readiness;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Abuse limits: per conversation, per client IP whatever conversation ids it invents, and on body size. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            "advisor.rate-limit.per-conversation-per-minute=3",
            "advisor.rate-limit.per-ip-per-minute=6",
            "advisor.web.allowed-origins=https://careers.example.com"
        })
class RateLimitIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @BeforeEach
    void ready() throws Exception {
        Readiness.await(http, uri("/actuator/health/readiness"));
    }

    @Test
    void aChattyConversationAndThenTheWholeClientAreThrottledWithRetryAfter() throws Exception {
        HttpResponse<String> first = chat(null, "What does an AI research manager do?");
        assertThat(first.statusCode()).isEqualTo(200);
        String busy = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(first.body())
                .get("conversationId")
                .asString();
        // The first message named no conversation; the next three use up the allowance of the one the server issued.
        for (int i = 0; i < 3; i++) {
            assertThat(chat(busy, "What does an AI research manager do?").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> throttled = chat(busy, "What does an AI research manager do?");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(throttled.body()).contains("Too many messages");
        assertThat(throttled.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("https://careers.example.com");

        // Fresh conversation ids do not escape the per-IP bucket (6 a minute, 5 already used).
        assertThat(chat("fresh-1", "hello").statusCode()).isEqualTo(200);
        assertThat(chat("fresh-2", "hello").statusCode()).isEqualTo(429);
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/roles")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("reading roles has an allowance of its own")
                .isEqualTo(200);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"" + "x".repeat(17_000) + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("at most 16384 bytes");
    }

    private HttpResponse<String> chat(String conversationId, String message) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "application/json")
                        .header("Origin", "https://careers.example.com")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                (conversationId == null ? "{" : "{\"conversationId\": \"" + conversationId + "\", ")
                                        + "\"message\": \"" + message + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
