package org.careeradvisor.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Ollama provider against WireMock standing in for Ollama's /api/chat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OllamaComposerIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer ollama;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreaker breaker;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        if (ollama == null) {
            ollama = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            ollama.start();
        }
        registry.add("advisor.knowledge.cache-dir", () -> SharedIndex.CACHE_DIR);
        registry.add("advisor.llm.provider", () -> "ollama");
        // Set as docker/compose.yaml sets it: the Ollama server under its own provider's setting, the model by default
        // (llama3.1, which the stub requires), and another provider's URL that must not be used.
        registry.add("advisor.llm.ollama.base-url", ollama::baseUrl);
        registry.add("advisor.llm.openai.base-url", () -> "http://127.0.0.1:9/v1");
        registry.add("advisor.llm.timeout", () -> "3s");
        registry.add("advisor.llm.first-token-timeout", () -> "600ms");
    }

    @AfterAll
    static void stop() {
        ollama.stop();
    }

    @BeforeEach
    void ready() throws Exception {
        ollama.resetAll();
        breaker.reset();
        HttpRequest request =
                HttpRequest.newBuilder(uri("/actuator/health/readiness")).build();
        for (int i = 0;
                i < 450
                        && http.send(request, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void answersComeFromOllamaWithCitedSources() throws Exception {
        // Every call is streamed: Ollama answers with one JSON object per line, the last one "done".
        ollama.stubFor(post(urlEqualTo("/api/chat"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ndjson(
                                "An AI Research Scientist usually needs a Ph.D. ",
                                "in computer science, AI, machine learning ",
                                "or a related field [S1]."))));

        JsonNode answer = JSON.readTree(http.send(
                        HttpRequest.newBuilder(uri("/api/chat"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"message\": \"What qualifications does an AI research scientist need?\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(answer.get("answer").asString())
                .isEqualTo(
                        "An AI Research Scientist usually needs a Ph.D. in computer science, AI, machine learning or a related field.");
        assertThat(answer.get("sources").get(0).get("role").asString()).isEqualTo("AI Research Scientist");
        ollama.verify(
                1,
                postRequestedFor(urlEqualTo("/api/chat"))
                        .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1")))
                        .withRequestBody(matchingJsonPath(
                                "$.messages[0].content", containing("Answer only from the role sections")))
                        .withRequestBody(containing("What qualifications does an AI research scientist need?")));
    }

    @Test
    void anUnreachableOllamaFallsBackToTheDefaultAnswer() throws Exception {
        ollama.stubFor(post(urlEqualTo("/api/chat"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withBody("{\"error\": \"model 'llama3.1' not found, try pulling it first\"}")));

        JsonNode answer = JSON.readTree(http.send(
                        HttpRequest.newBuilder(uri("/api/chat"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"message\": \"What qualifications does an AI research scientist need?\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("answer").asString())
                .contains("A Ph.D. in computer science, AI, machine learning or a related field");
    }

    @Test
    void aStalledOllamaGivesTheDefaultAnswerWithinTheFirstTokenLimit() throws Exception {
        // One answer first, so that the timing below measures the wait for the model, not a cold start.
        ollama.stubFor(post(urlEqualTo("/api/chat"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ndjson("A Ph.D. is usual [S1]."))));
        ask("What qualifications does an AI research scientist need?");
        ollama.resetAll();
        ollama.stubFor(post(urlEqualTo("/api/chat"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ndjson("Too late [S1]."))
                        .withFixedDelay(5000)));

        long started = System.nanoTime();
        JsonNode answer = ask("What qualifications does an AI research scientist need?");

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("about the 600 ms first-token limit, not the 3 s timeout")
                .isLessThan(Duration.ofMillis(1600));
        assertThat(answer.get("answer").asString())
                .contains("A Ph.D. in computer science, AI, machine learning or a related field")
                .doesNotContain("Too late");
        ollama.verify(
                1,
                postRequestedFor(urlEqualTo("/api/chat"))
                        .withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    private JsonNode ask(String message) throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(uri("/api/chat"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"message\": " + OpenAiStubs.json(message) + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    /** Ollama's streamed chat answer: one line per piece, then the closing line with the counts. */
    private static String ndjson(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            body.append(
                            "{\"model\": \"llama3.1\", \"created_at\": \"2026-11-26T18:00:00.000Z\", \"message\": {\"role\": \"assistant\", \"content\": ")
                    .append(OpenAiStubs.json(piece))
                    .append("}, \"done\": false}\n");
        }
        return body.append(
                        "{\"model\": \"llama3.1\", \"created_at\": \"2026-11-26T18:00:01.000Z\", \"message\": {\"role\": \"assistant\", \"content\": \"\"}, ")
                .append(
                        "\"done\": true, \"done_reason\": \"stop\", \"total_duration\": 812000000, \"prompt_eval_count\": 640, \"eval_count\": 31}\n")
                .toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
