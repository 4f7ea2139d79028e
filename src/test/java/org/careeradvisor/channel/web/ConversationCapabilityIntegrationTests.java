package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation ids are capabilities the server issues: an id it never issued starts a new conversation, and the web
 * API can neither read, extend, rate nor erase a Telegram conversation (whose ids, {@code tg-<chatId>}, are easy to
 * guess).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR)
class ConversationCapabilityIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0;
                i < 450
                        && send(HttpRequest.newBuilder(uri("/actuator/health/readiness")))
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void theServerIssuesUnguessableIdsAndAConversationContinuesOnlyUnderItsIssuedId() throws Exception {
        JsonNode first = chat(null, "Tell me about the ML data architect role");
        JsonNode other = chat(null, "hello");
        String id = first.get("conversationId").asString();

        assertThat(id).matches("[A-Za-z0-9_-]{22,64}");
        assertThat(Base64.getUrlDecoder().decode(id).length * 8)
                .as("random bits")
                .isGreaterThanOrEqualTo(128);
        assertThat(other.get("conversationId").asString()).isNotEqualTo(id);
        assertThat(first.get("newConversation").asBoolean()).isTrue();
        assertThat(first.get("unknownConversationId").asBoolean()).isFalse();
        assertThat(jdbc.sql("select channel from conversations where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("web");

        JsonNode followUp = chat(id, "and what does it pay?");

        assertThat(followUp.get("conversationId").asString()).isEqualTo(id);
        assertThat(followUp.get("newConversation").asBoolean()).isFalse();
        assertThat(followUp.get("unknownConversationId").asBoolean()).isFalse();
        assertThat(followUp.get("answer").asString()).contains("$393,000");
        assertThat(JSON.readTree(get("/api/conversations/" + id + "/messages").body())
                        .size())
                .isEqualTo(4);
    }

    @Test
    void aClientChosenIdStartsANewConversationUnderAFreshIdAndSaysSo() throws Exception {
        String chosen = "demo-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode answer = chat(chosen, "Tell me about the ML data architect role");
        JsonNode stream = meta(post("/api/chat/stream", body(chosen, "hello")).body());

        assertThat(answer.get("conversationId").asString()).isNotEqualTo(chosen);
        assertThat(answer.get("newConversation").asBoolean()).isTrue();
        assertThat(answer.get("unknownConversationId").asBoolean()).isTrue();
        assertThat(stream.get("conversationId").asString())
                .isNotEqualTo(chosen)
                .isNotEqualTo(answer.get("conversationId").asString());
        assertThat(stream.get("newConversation").asBoolean()).isTrue();
        assertThat(stream.get("unknownConversationId").asBoolean()).isTrue();
        assertThat(get("/api/conversations/" + chosen + "/messages").statusCode())
                .as("nothing stored under the chosen id")
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from conversations where id = ?")
                        .param(chosen)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aConversationStoredUnderAClientChosenIdByAnOlderVersionIsNoLongerReachable() throws Exception {
        String legacy = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        String answerId = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into conversations (id, channel, created_at, last_active_at) values (?, 'web', ?, ?)")
                .params(legacy, now, now)
                .update();
        jdbc.sql("insert into messages (id, conversation_id, seq, author, text, intent, grounded, created_at) "
                        + "values (?, ?, 1, 'bot', ?, 'question', false, ?)")
                .params(answerId, legacy, "an old answer", now)
                .update();

        HttpResponse<String> read = get("/api/conversations/" + legacy + "/messages");
        JsonNode extended = chat(legacy, "hello");
        HttpResponse<String> rated = post(
                "/api/feedback",
                "{\"conversationId\": \"" + legacy + "\", \"messageId\": \"" + answerId + "\", \"rating\": \"up\"}");
        HttpResponse<String> erased =
                send(HttpRequest.newBuilder(uri("/api/conversations/" + legacy)).DELETE());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(extended.get("conversationId").asString()).isNotEqualTo(legacy);
        assertThat(extended.get("unknownConversationId").asBoolean()).isTrue();
        assertThat(rated.statusCode()).isEqualTo(404);
        assertThat(erased.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from messages where conversation_id = ?")
                        .param(legacy)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theWebApiCannotReadExtendRateOrEraseATelegramConversation() throws Exception {
        String telegram = "tg-" + (400_000 + Math.abs(UUID.randomUUID().hashCode() % 100_000));
        String answerId = UUID.randomUUID().toString();
        // As the Telegram channel stores a chat (plain SQL, so that this test also runs against older versions).
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into conversations (id, channel, created_at, last_active_at) values (?, 'telegram', ?, ?)")
                .params(telegram, now, now)
                .update();
        jdbc.sql(
                        "insert into messages (id, conversation_id, seq, author, text, created_at) values (?, ?, 1, 'user', ?, ?)")
                .params(UUID.randomUUID().toString(), telegram, "my private question", now)
                .update();
        jdbc.sql("insert into messages (id, conversation_id, seq, author, text, intent, grounded, created_at) "
                        + "values (?, ?, 2, 'bot', ?, 'question', false, ?)")
                .params(answerId, telegram, "a private answer", now)
                .update();

        HttpResponse<String> read = get("/api/conversations/" + telegram + "/messages");
        HttpResponse<String> unknown = get("/api/conversations/tg-never-issued/messages");
        JsonNode extended = chat(telegram, "writing into her history");
        JsonNode streamed =
                meta(post("/api/chat/stream", body(telegram, "and again")).body());
        HttpResponse<String> rated = post(
                "/api/feedback",
                "{\"conversationId\": \"" + telegram + "\", \"messageId\": \"" + answerId
                        + "\", \"rating\": \"down\"}");
        HttpResponse<String> erased = send(
                HttpRequest.newBuilder(uri("/api/conversations/" + telegram)).DELETE());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("my private question", "a private answer");
        assertThat(JSON.readTree(read.body()).get("detail"))
                .as("the same problem as an id never issued")
                .isEqualTo(JSON.readTree(unknown.body()).get("detail"));
        assertThat(extended.get("conversationId").asString()).isNotEqualTo(telegram);
        assertThat(extended.get("unknownConversationId").asBoolean()).isTrue();
        assertThat(streamed.get("conversationId").asString()).isNotEqualTo(telegram);
        assertThat(rated.statusCode()).isEqualTo(404);
        assertThat(erased.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select text from messages where conversation_id = ? order by seq")
                        .param(telegram)
                        .query(String.class)
                        .list())
                .as("her history is untouched")
                .containsExactly("my private question", "a private answer");
        assertThat(jdbc.sql("select count(*) from feedback where conversation_id = ?")
                        .param(telegram)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMessageOfOnlyControlCharactersIsA400ProblemAndStoresNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from messages").query(Long.class).single();

        for (String message : List.of("\\u0000", "\\u0000\\u0001\\u001b", "\\u0007\\t\\u0000", "\\u200b")) {
            HttpResponse<String> response = post("/api/chat", "{\"message\": \"" + message + "\"}");
            HttpResponse<String> streamed = post("/api/chat/stream", "{\"message\": \"" + message + "\"}");

            for (HttpResponse<String> refused : List.of(response, streamed)) {
                assertThat(refused.statusCode()).as(message).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/problem+json");
                assertThat(JSON.readTree(refused.body()).get("detail").asString())
                        .as(message)
                        .containsAnyOf("message must contain visible text", "message must not be blank");
            }
        }
        HttpResponse<String> mixed = post("/api/chat", "{\"message\": \"what does it pay?\\u0000\"}");
        assertThat(mixed.statusCode()).isEqualTo(400);
        assertThat(mixed.body()).contains("message must not contain control characters");

        assertThat(jdbc.sql("select count(*) from messages").query(Long.class).single())
                .isEqualTo(before);
    }

    private static JsonNode meta(String events) {
        for (String block : events.split("\n\n")) {
            if (block.startsWith("event:meta")) {
                return JSON.readTree(block.substring(block.indexOf("data:") + 5));
            }
        }
        throw new AssertionError("no meta event in " + events);
    }

    private static String body(String conversationId, String message) {
        return conversationId == null
                ? "{\"message\": \"" + message + "\"}"
                : "{\"conversationId\": \"" + conversationId + "\", \"message\": \"" + message + "\"}";
    }

    private JsonNode chat(String conversationId, String message) throws Exception {
        HttpResponse<String> response = post("/api/chat", body(conversationId, message));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
