package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.feedback.FeedbackStore;
import org.careeradvisor.feedback.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web channel's server side: streaming, pages and their headers, CORS and feedback. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            "advisor.web.allowed-origins=https://careers.example.com",
            "advisor.links.allowed-hosts=Example.org, *.careers.example.com"
        })
class WebChannelIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FeedbackStore feedbackStore;

    @BeforeEach
    void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET())
                        .statusCode()
                != 200) {
            assertThat(System.nanoTime()).as("ready in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void streamsMetaDeltasSourcesSuggestionsAndDoneThatAddUpToTheJsonAnswer() throws Exception {
        HttpResponse<String> response =
                post("/api/chat/stream", "{\"message\": \"What does a machine learning architect earn in the US?\"}");
        JsonNode plain = JSON.readTree(
                post("/api/chat", "{\"message\": \"What does a machine learning architect earn in the US?\"}")
                        .body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String[]> events = events(response.body());
        assertThat(events).extracting(event -> event[0]).startsWith("meta").endsWith("sources", "suggestions", "done");
        long deltas = events.stream().filter(event -> event[0].equals("delta")).count();
        assertThat(deltas).isGreaterThan(5);
        StringBuilder text = new StringBuilder();
        events.stream()
                .filter(event -> event[0].equals("delta"))
                .forEach(
                        event -> text.append(JSON.readTree(event[1]).get("text").asString()));
        assertThat(text.toString()).isEqualTo(plain.get("answer").asString()).contains("$393,000");
        JsonNode meta = JSON.readTree(events.get(0)[1]);
        assertThat(meta.get("conversationId").asString()).matches("[A-Za-z0-9_-]{24}");
        assertThat(meta.get("newConversation").asBoolean()).isTrue();
        assertThat(meta.get("unknownConversationId").asBoolean()).isFalse();
        assertThat(meta.get("intent").asString()).isEqualTo("salary");
        JsonNode sources = JSON.readTree(events.get(events.size() - 3)[1]);
        assertThat(sources.get(0).get("section").asString()).startsWith("Salary Ranges");
    }

    @Test
    void streamingRejectsBadInputWithAProblemBeforeTheStreamStarts() throws Exception {
        HttpResponse<String> response = post("/api/chat/stream", "{\"message\": \"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("message must not be blank");
    }

    @Test
    void servesTheChatPageAndWidgetWithSecurityAndCacheHeaders() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET());
        HttpResponse<String> widget =
                send(HttpRequest.newBuilder(uri("/widget.js")).GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        java.util.regex.Matcher versioned = java.util.regex.Pattern.compile(
                        "<script src=\"(/assets/widget-[0-9a-f]{32}\\.js)\"")
                .matcher(page.body());
        assertThat(versioned.find())
                .as("the page loads the content-versioned widget")
                .isTrue();
        assertThat(page.body()).doesNotContain("<script>");
        HttpResponse<String> immutable =
                send(HttpRequest.newBuilder(uri(versioned.group(1))).GET());
        assertThat(immutable.statusCode()).isEqualTo(200);
        assertThat(immutable.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "immutable");
        assertThat(immutable.body()).contains("attachShadow");
        assertThat(send(HttpRequest.newBuilder(uri("/assets/widget-00000000000000000000000000000000.js"))
                                .GET())
                        .statusCode())
                .as("a stale version is not served")
                .isEqualTo(404);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "img-src 'self' data:").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(widget.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");
        assertThat(widget.body()).contains("attachShadow").doesNotContain("innerHTML");
        String lastModified = widget.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> revalidated = send(HttpRequest.newBuilder(uri("/widget.js"))
                .header("If-Modified-Since", lastModified)
                .GET());
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void theWidgetIsToldWhichLinkHostsItMayRenderAsLinks() throws Exception {
        HttpResponse<String> config = send(HttpRequest.newBuilder(uri("/api/widget/config"))
                .header("Origin", "https://careers.example.com")
                .GET());

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(config.body()).get("linkHosts").toString())
                .isEqualTo("[\"example.org\",\"careers.example.com\"]");
        assertThat(config.headers().firstValue("Access-Control-Allow-Origin")).contains("https://careers.example.com");
        assertThat(JSON.readTree(config.body()).get("originAllowed").asBoolean())
                .isTrue();
    }

    @Test
    void anySiteMayAskWhetherItIsAllowedAndOnlyTheListedOnesAre() throws Exception {
        HttpResponse<String> other = send(HttpRequest.newBuilder(uri("/api/widget/config"))
                .header("Origin", "https://evil.example.net")
                .GET());
        HttpResponse<String> own =
                send(HttpRequest.newBuilder(uri("/api/widget/config")).GET());
        HttpResponse<String> chat = send(HttpRequest.newBuilder(uri("/api/roles"))
                .header("Origin", "https://evil.example.net")
                .GET());

        // Readable by the page on that site (so its widget can say it is not enabled there), and saying it is not.
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).contains("https://evil.example.net");
        assertThat(other.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(other.headers().allValues("Vary").toString()).contains("Origin");
        assertThat(other.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(JSON.readTree(other.body()).get("originAllowed").asBoolean()).isFalse();
        assertThat(JSON.readTree(own.body()).get("originAllowed").asBoolean()).isTrue();
        // The rest of the API stays closed to it.
        assertThat(chat.statusCode()).isEqualTo(403);
        assertThat(chat.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void corsAllowsOnlyTheConfiguredOriginAndNeverCredentials() throws Exception {
        HttpResponse<String> allowed = send(preflight("https://careers.example.com"));
        HttpResponse<String> other = send(preflight("https://evil.example.net"));
        HttpResponse<String> actual = send(HttpRequest.newBuilder(uri("/api/roles"))
                .header("Origin", "https://careers.example.com")
                .GET());

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://careers.example.com");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).contains("https://careers.example.com");
    }

    @Test
    void feedbackIsStoredForAnAnswerAndALaterRatingReplacesIt() throws Exception {
        JsonNode answer = JSON.readTree(post("/api/chat", "{\"message\": \"What does an AI research scientist do?\"}")
                .body());
        String messageId = answer.get("messageId").asString();
        String conversation = answer.get("conversationId").asString();

        HttpResponse<String> up = post(
                "/api/feedback",
                "{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + messageId
                        + "\", \"rating\": \"up\"}");
        HttpResponse<String> down = post(
                "/api/feedback",
                "{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + messageId
                        + "\", \"rating\": \"down\", \"comment\": \"No salary figures\"}");

        assertThat(up.statusCode()).isEqualTo(204);
        assertThat(down.statusCode()).isEqualTo(204);
        assertThat(feedbackStore.find(messageId)).hasValueSatisfying(feedback -> {
            assertThat(feedback.rating()).isEqualTo(Rating.DOWN);
            assertThat(feedback.comment()).isEqualTo("No salary figures");
            assertThat(feedback.channel()).isEqualTo("web");
        });
    }

    @Test
    void feedbackWithUnknownIdsOrBadInputIsAProblemAndStoresNothing() throws Exception {
        int before = feedbackStore.all().size();

        HttpResponse<String> unknown =
                post("/api/feedback", "{\"conversationId\": \"nope\", \"messageId\": \"missing\", \"rating\": \"up\"}");
        HttpResponse<String> badRating =
                post("/api/feedback", "{\"conversationId\": \"a\", \"messageId\": \"b\", \"rating\": \"meh\"}");
        HttpResponse<String> longComment = post(
                "/api/feedback",
                "{\"conversationId\": \"a\", \"messageId\": \"b\", \"rating\": \"down\", \"comment\": \""
                        + "x".repeat(1001) + "\"}");
        HttpResponse<String> missing = post("/api/feedback", "{\"rating\": \"up\"}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No answer with that messageId");
        assertThat(badRating.statusCode()).isEqualTo(400);
        assertThat(badRating.body()).contains("rating must be \\\"up\\\" or \\\"down\\\"");
        assertThat(longComment.statusCode()).isEqualTo(400);
        assertThat(longComment.body()).contains("comment must be at most 1000 characters");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("conversationId is required", "messageId is required");
        assertThat(feedbackStore.all()).hasSize(before);
    }

    @Test
    void aFeedbackCommentWithControlCharactersIsA400AndNothingIsStored() throws Exception {
        // A NUL is refused by PostgreSQL (a 500 there), and escape sequences would reach whoever reads the comments.
        JsonNode answer = JSON.readTree(post("/api/chat", "{\"message\": \"What does an AI research scientist do?\"}")
                .body());
        String messageId = answer.get("messageId").asString();

        HttpResponse<String> response = post(
                "/api/feedback",
                "{\"conversationId\": \"" + answer.get("conversationId").asString() + "\", \"messageId\": \""
                        + messageId + "\", \"rating\": \"down\", \"comment\": \"bad\\u0000\\u001b[31m\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("comment must not contain control characters");
        assertThat(feedbackStore.find(messageId)).isEmpty();
    }

    private static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
            }
            if (event != null) {
                events.add(new String[] {event, data.toString()});
            }
        }
        return events;
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(uri("/api/chat/stream"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
