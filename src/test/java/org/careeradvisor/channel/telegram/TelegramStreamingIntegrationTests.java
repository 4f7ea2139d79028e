package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.careeradvisor.Readiness;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.llm.OpenAiStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A model's streamed answer shown in Telegram as a draft edited at most once a second, ending in the full answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramStreamingIntegrationTests {

    private static final String TOKEN = "777:STREAM-test";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer stub;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        if (stub == null) {
            stub = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            stub.start();
        }
        registry.add("advisor.knowledge.cache-dir", () -> SharedIndex.CACHE_DIR);
        registry.add("advisor.telegram.bot-token", () -> TOKEN);
        registry.add("advisor.telegram.api-url", stub::baseUrl);
        registry.add("advisor.telegram.mode", () -> "webhook");
        registry.add("advisor.telegram.webhook-secret", () -> "stream-secret");
        registry.add("advisor.llm.provider", () -> "openai");
        registry.add("advisor.llm.base-url", () -> stub.baseUrl() + "/v1");
        registry.add("advisor.llm.timeout", () -> "10s");
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @Test
    void theDraftIsEditedIntoTheFinalAnswer() throws Exception {
        String model =
                "Start in an entry-level programming or data analysis position [S1].\\nThen build 3-5 years of experience "
                        + "[S1].\\nSpecialise in integrating machine learning with data architecture [S1].\\nEarn relevant certifications [S1].";
        stub.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(OpenAiStubs.stream(model.replace("\\\\n", "\\n")))
                        .withChunkedDribbleDelay(30, 3000)));
        String ok =
                "{\"ok\": true, \"result\": {\"message_id\": 8101, \"date\": 1764100000, \"chat\": {\"id\": 61, \"type\": \"private\"}, \"text\": \"x\"}}";
        stub.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendmessage"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(ok)));
        stub.stubFor(post(urlEqualTo("/bot" + TOKEN + "/editmessagetext"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(ok)));
        stub.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendChatAction"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": true, \"result\": true}")));
        Readiness.await(http, uri("/actuator/health/readiness"));

        http.send(
                HttpRequest.newBuilder(uri("/telegram/webhook"))
                        .header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", "stream-secret")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"update_id": 70001, "message": {"message_id": 3, "from": {"id": 61, "is_bot": false, "first_name": "Cy"},
                         "chat": {"id": 61, "type": "private", "first_name": "Cy"}, "date": 1764100000,
                         "text": "How do I become an ML data architect?"}}"""))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        List<LoggedRequest> edits = List.of();
        for (int i = 0; i < 150; i++) {
            edits = stub.findAll(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/editmessagetext")));
            if (edits.stream().anyMatch(edit -> edit.getBodyAsString().contains("reply_markup"))) {
                break;
            }
            Thread.sleep(100);
        }
        List<LoggedRequest> sends = stub.findAll(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/sendmessage")));
        assertThat(sends).as("one draft, then edits only").hasSize(1);
        JsonNode draft = JSON.readTree(sends.get(0).getBodyAsString());
        assertThat(draft.has("parse_mode")).isFalse();
        assertThat(draft.get("text").asString()).startsWith("Start in an entry-level");
        JsonNode last = JSON.readTree(edits.get(edits.size() - 1).getBodyAsString());
        assertThat(last.get("message_id").asInt()).isEqualTo(8101);
        assertThat(last.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(last.get("text").asString())
                .contains("Earn relevant certifications", "<i>Sources:</i> Career Development")
                .doesNotContain("[S1]");
        assertThat(last.has("reply_markup")).isTrue();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
