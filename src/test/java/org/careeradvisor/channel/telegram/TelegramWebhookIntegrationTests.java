package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.channel.telegram.TelegramUpdates.callback;
import static org.careeradvisor.channel.telegram.TelegramUpdates.groupText;
import static org.careeradvisor.channel.telegram.TelegramUpdates.privateText;
import static org.careeradvisor.channel.telegram.TelegramUpdates.topicCallback;
import static org.careeradvisor.channel.telegram.TelegramUpdates.topicText;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.careeradvisor.Readiness;
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

/** The webhook against WireMock standing in for the Bot API, fed real-shaped updates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class TelegramWebhookIntegrationTests {

    private static final String TOKEN = "123456:TEST-token_value";
    /** Actuator shows health details and metrics only with the admin token. */
    private static final String ADMIN_TOKEN = "webhook-admin";

    private static final String SECRET = "hook-Secret_1";
    private static final String SEND = "/bot" + TOKEN + "/sendmessage";
    private static final String CALLBACK = "/bot" + TOKEN + "/answercallbackquery";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong UPDATE_IDS = new AtomicLong(892_252_934L + System.nanoTime() % 1_000_000);
    private static WireMockServer botApi;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TelegramChats chats;

    @Autowired
    TelegramStartup startup;

    @Autowired
    org.careeradvisor.feedback.FeedbackStore feedbackStore;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        if (botApi == null) {
            botApi = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            botApi.start();
        }
        registry.add("advisor.admin.token", () -> ADMIN_TOKEN);
        registry.add("advisor.knowledge.cache-dir", () -> SharedIndex.CACHE_DIR);
        registry.add("advisor.telegram.bot-token", () -> TOKEN);
        registry.add("advisor.telegram.api-url", botApi::baseUrl);
        registry.add("advisor.telegram.mode", () -> "webhook");
        registry.add("advisor.telegram.webhook-secret", () -> SECRET);
        registry.add("advisor.telegram.bot-username", () -> "CareerAdvisorBot");
        registry.add("advisor.telegram.webhook-url", () -> "https://advisor.example.com/telegram/webhook");
        registry.add("advisor.telegram.messages-per-user-per-minute", () -> "5");
    }

    @AfterAll
    static void stop() {
        botApi.stop();
    }

    private static List<String> startupCalls;

    @BeforeEach
    void reset() throws Exception {
        if (startupCalls == null) {
            startupCalls = botApi.getAllServeEvents().stream()
                    .map(event -> event.getRequest().getUrl() + " "
                            + event.getRequest().getBodyAsString())
                    .toList();
        }
        botApi.resetAll();
        botApi.stubFor(post(urlEqualTo(SEND))
                .willReturn(ok("{\"ok\": true, \"result\": {\"message_id\": 7001, \"date\": 1764100000, "
                        + "\"chat\": {\"id\": 1, \"type\": \"private\"}, \"text\": \"sent\"}}")));
        botApi.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendChatAction"))
                .willReturn(ok("{\"ok\": true, \"result\": true}")));
        botApi.stubFor(post(urlEqualTo(CALLBACK)).willReturn(ok("{\"ok\": true, \"result\": true}")));
        Readiness.await(http, uri("/actuator/health/readiness"));
    }

    @Test
    void aPrivateQuestionGetsOneHtmlAnswerEvenWhenTheUpdateIsRedelivered(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        long chat = 218_485_655L;
        String update = privateText(
                UPDATE_IDS.incrementAndGet(), chat, "What does a machine learning architect earn in the US?");

        assertThat(webhook(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(webhook(update, SECRET).statusCode()).isEqualTo(200);

        List<JsonNode> sent = awaitSent(1);
        Thread.sleep(500);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(1);
        JsonNode message = sent.get(0);
        assertThat(message.get("chat_id").asString()).isEqualTo(String.valueOf(chat));
        assertThat(message.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(message.get("text").asString())
                .contains(
                        "<b>Average: $393,000</b>",
                        "Range: $234,000 to $797,000",
                        "<i>Sources:</i> Salary Ranges (US Market, 2024)");
        assertThat(output.getAll())
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET)
                .doesNotContain("What does a machine learning architect earn");
    }

    @Test
    void aFollowUpInTheSameChatResolvesToTheRoleDiscussedBefore() throws Exception {
        long chat = 555_000_001L;
        webhook(
                privateText(UPDATE_IDS.incrementAndGet(), chat, "Tell me about the AI Research Scientist role"),
                SECRET);
        awaitSent(1);
        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "what qualifications does it need?"), SECRET);

        List<JsonNode> sent = awaitSent(2);
        assertThat(sent.get(1).get("text").asString()).contains("Ph.D.");
    }

    @Test
    void aMissingOrWrongSecretIs401AndGarbageIs400WithoutAnyReply() throws Exception {
        String update = privateText(UPDATE_IDS.incrementAndGet(), 42L, "hello");

        assertThat(webhook(update, null).statusCode()).isEqualTo(401);
        assertThat(webhook(update, "wrong").statusCode()).isEqualTo(401);
        assertThat(webhook("{not json", SECRET).statusCode()).isEqualTo(400);
        assertThat(webhook("{\"message\": {}}", SECRET).statusCode()).isEqualTo(400);
        Thread.sleep(500);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).isEmpty();
    }

    @Test
    void anUpdateTelegramSentButThisLibraryCannotReadIsAcknowledgedAndSkipped() throws Exception {
        long chat = 666_000_001L;

        assertThat(webhook(TelegramUpdates.unreadable(UPDATE_IDS.incrementAndGet(), chat), SECRET)
                        .statusCode())
                .isEqualTo(200);
        assertThat(webhook(
                                privateText(UPDATE_IDS.incrementAndGet(), chat, "What does an AI research manager do?"),
                                SECRET)
                        .statusCode())
                .isEqualTo(200);

        List<JsonNode> sent = awaitSent(1);
        Thread.sleep(500);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(1);
        assertThat(sent.get(0).get("text").asString()).contains("AI Research Manager");
    }

    @Test
    void aQuestionOverTheLengthLimitGetsAPoliteReplyInsteadOfAnAnswer() throws Exception {
        webhook(privateText(UPDATE_IDS.incrementAndGet(), 888_000_001L, "why ".repeat(500) + "?"), SECRET);

        List<JsonNode> sent = awaitSent(1);
        assertThat(sent.get(0).get("text").asString()).isEqualTo("Please keep questions under 2,000 characters.");
    }

    @Test
    void aChatThatBlockedTheBotIsRememberedAndNotWrittenToAgain() throws Exception {
        long chat = 777_000_002L;
        botApi.stubFor(
                post(urlEqualTo(SEND))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"ok\": false, \"error_code\": 403, \"description\": \"Forbidden: bot was blocked by the user\"}")));
        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "hello"), SECRET);
        awaitSent(1);
        for (int i = 0; i < 50 && !chats.isBlocked(chat); i++) {
            Thread.sleep(100);
        }
        assertThat(chats.isBlocked(chat)).isTrue();

        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "are you there?"), SECRET);
        Thread.sleep(800);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(1);
    }

    @Test
    void htmlTelegramCannotParseIsSentAgainAsPlainText() throws Exception {
        botApi.stubFor(
                post(urlEqualTo(SEND))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"parse_mode\""))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: can't parse entities: Unsupported start tag \\\"x\\\" at byte offset 12\"}")));

        webhook(
                privateText(UPDATE_IDS.incrementAndGet(), 888_000_003L, "How do I become an ML data architect?"),
                SECRET);

        List<JsonNode> sent = awaitSent(2);
        assertThat(sent.get(1).has("parse_mode")).isFalse();
        assertThat(sent.get(1).get("text").asString())
                .contains("3-5 years of experience")
                .doesNotContain("<b>");
    }

    @Test
    void inGroupsOnlyMentionsAreAnsweredAndPhotosGetAPoliteTextOnlyReply() throws Exception {
        long group = -1_001_234_567_890L;
        webhook(groupText(UPDATE_IDS.incrementAndGet(), group, "anyone know a good pizza place?"), SECRET);
        webhook(
                groupText(
                        UPDATE_IDS.incrementAndGet(), group, "@CareerAdvisorBot what does an AI research manager do?"),
                SECRET);
        List<JsonNode> groupReplies = awaitSent(1);
        assertThat(groupReplies.get(0).get("chat_id").asString()).isEqualTo(String.valueOf(group));
        assertThat(groupReplies.get(0).get("text").asString()).contains("AI Research Manager");

        webhook("""
                {"update_id": %d, "message": {"message_id": 9, "from": {"id": 5, "is_bot": false, "first_name": "A"},
                 "chat": {"id": 5, "type": "private", "first_name": "A"}, "date": 1764100000,
                 "photo": [{"file_id": "AgAD", "file_unique_id": "AQAD", "width": 90, "height": 90, "file_size": 1200}]}}
                """.formatted(UPDATE_IDS.incrementAndGet()), SECRET);
        List<JsonNode> all = awaitSent(2);
        assertThat(all.get(1).get("text").asString()).isEqualTo(TelegramResponder.TEXT_ONLY);
    }

    @Test
    void inAForumTopicButtonsActOnThatTopicsConversationAndAnswerInTheTopic() throws Exception {
        long group = -1_001_234_567_890L;
        int topic = 77;
        webhook(
                topicText(
                        UPDATE_IDS.incrementAndGet(),
                        group,
                        topic,
                        "@CareerAdvisorBot tell me about the AI Research Engineer role"),
                SECRET);
        JsonNode answer = awaitSent(1).get(0);
        assertThat(answer.get("message_thread_id").asInt()).isEqualTo(topic);
        JsonNode keyboard = answer.get("reply_markup").get("inline_keyboard");
        String up = keyboard.get(0).get(0).get("callback_data").asString();
        String suggestion = keyboard.get(1).get(0).get("callback_data").asString();

        webhook(topicCallback(UPDATE_IDS.incrementAndGet(), group, topic, up), SECRET);
        awaitCallbacks(1);
        String messageId = up.substring("fb:u:".length());
        for (int i = 0; i < 50 && feedbackStore.find(messageId).isEmpty(); i++) {
            Thread.sleep(100);
        }
        // The rating reaches the topic's conversation (before, the button looked in the group's and found nothing).
        assertThat(feedbackStore.find(messageId))
                .hasValueSatisfying(
                        stored -> assertThat(stored.rating()).isEqualTo(org.careeradvisor.feedback.Rating.UP));
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(CALLBACK))).get(0).getBodyAsString())
                .contains("Thanks for the feedback");

        webhook(topicCallback(UPDATE_IDS.incrementAndGet(), group, topic, suggestion), SECRET);
        JsonNode followed = awaitSent(2).get(1);
        assertThat(followed.get("message_thread_id").asInt()).isEqualTo(topic);
        assertThat(followed.get("text").asString()).contains("AI Research Engineer");
    }

    @Test
    void answersCarryFeedbackAndSuggestionButtonsThatWork() throws Exception {
        long chat = 999_000_004L;
        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "Tell me about the AI Research Engineer role"), SECRET);
        JsonNode keyboard = awaitSent(1).get(0).get("reply_markup").get("inline_keyboard");
        String down = keyboard.get(0).get(1).get("callback_data").asString();
        String suggestion = keyboard.get(1).get(0).get("callback_data").asString();
        String suggestionText = keyboard.get(1).get(0).get("text").asString();
        assertThat(down).startsWith("fb:d:").hasSizeLessThanOrEqualTo(64);
        assertThat(suggestion.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64);

        webhook(callback(UPDATE_IDS.incrementAndGet(), chat, down), SECRET);
        awaitCallbacks(1);
        String messageId = down.substring("fb:d:".length());
        for (int i = 0; i < 50 && feedbackStore.find(messageId).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(feedbackStore.find(messageId)).hasValueSatisfying(stored -> {
            assertThat(stored.rating()).isEqualTo(org.careeradvisor.feedback.Rating.DOWN);
            assertThat(stored.channel()).isEqualTo("telegram");
        });
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(CALLBACK))).get(0).getBodyAsString())
                .contains("Thanks for the feedback");

        webhook(callback(UPDATE_IDS.incrementAndGet(), chat, suggestion), SECRET);
        List<JsonNode> sent = awaitSent(2);
        assertThat(sent.get(1).get("text").asString()).isNotBlank().contains("AI Research Engineer");
        assertThat(suggestionText).contains("AI Research Engineer");

        webhook(callback(UPDATE_IDS.incrementAndGet(), chat, "sg:2:no-such-answer"), SECRET);
        webhook(callback(UPDATE_IDS.incrementAndGet(), chat, "<script>"), SECRET);
        awaitCallbacks(4);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(CALLBACK))).stream()
                        .filter(request -> request.getBodyAsString().contains("That button has expired")))
                .hasSize(2);
    }

    @Test
    void aFloodingUserIsToldOnceToSlowDownAndTheCountersShowIt() throws Exception {
        long chat = 654_000_006L;
        for (int i = 0; i < 8; i++) {
            webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "What does an AI research manager do?"), SECRET);
        }
        List<JsonNode> sent = awaitSent(6);
        Thread.sleep(800);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(6);
        assertThat(sent.stream()
                        .filter(message -> message.get("text").asString().equals(TelegramResponder.SLOW_DOWN)))
                .hasSize(1);

        String metrics = http.send(
                        HttpRequest.newBuilder(uri("/actuator/prometheus"))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics)
                .contains(
                        "advisor_telegram_updates_total",
                        "advisor_rate_limited_total{scope=\"telegram_user\"}",
                        "advisor_answers_total{channel=\"telegram\"");
    }

    @Test
    void onStartTheCommandsAndTheWebhookWithItsSecretAreRegistered() {
        assertThat(startupCalls)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("/bot" + TOKEN + "/setMyCommands")
                        .contains("\"command\":\"roles\"", "\"command\":\"compare\""));
        assertThat(startupCalls)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("/bot" + TOKEN + "/setWebhook")
                        .contains("advisor.example.com", SECRET));
    }

    @Test
    void whatTelegramRefusedAtStartIsRegisteredOnTheNextTryAndThenLeftAlone() {
        // Nothing answered setMyCommands or setWebhook when the application started.
        botApi.stubFor(
                post(urlEqualTo("/bot" + TOKEN + "/setMyCommands")).willReturn(ok("{\"ok\": true, \"result\": true}")));
        botApi.stubFor(
                post(urlEqualTo("/bot" + TOKEN + "/setWebhook")).willReturn(ok("{\"ok\": true, \"result\": true}")));

        startup.retry();
        startup.retry();

        assertThat(botApi.findAll(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/setMyCommands"))))
                .hasSize(1);
        List<LoggedRequest> webhooks = botApi.findAll(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/setWebhook")));
        assertThat(webhooks).hasSize(1);
        assertThat(webhooks.get(0).getBodyAsString())
                .contains(SECRET, "\"allowed_updates\"", "callback_query", "my_chat_member");
    }

    @Test
    void theTelegramHealthShowsTelegramsViewOfTheWebhook() throws Exception {
        botApi.stubFor(
                post(urlEqualTo("/bot" + TOKEN + "/getwebhookinfo"))
                        .willReturn(
                                ok(
                                        "{\"ok\": true, \"result\": {"
                                                + "\"url\": \"https://advisor.example.com/telegram/webhook\", \"has_custom_certificate\": false, "
                                                + "\"pending_update_count\": 3, \"last_error_date\": 1764100000, "
                                                + "\"last_error_message\": \"Wrong response from the webhook: 502 Bad Gateway\", \"max_connections\": 40}}")));

        JsonNode health = JSON.readTree(http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/telegram"))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("details").get("pendingUpdates").asInt()).isEqualTo(3);
        assertThat(health.get("details").get("lastError").asString()).contains("502 Bad Gateway");
        assertThat(health.toString()).doesNotContain(TOKEN, SECRET);
    }

    @Test
    void rolesAreOfferedAsButtonsAndADeepLinkOpensARole() throws Exception {
        long chat = 321_000_005L;
        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "/roles"), SECRET);
        JsonNode keyboard = awaitSent(1).get(0).get("reply_markup").get("inline_keyboard");
        assertThat(keyboard.size()).isEqualTo(5);
        String scientist = null;
        for (JsonNode row : keyboard) {
            if (row.get(0).get("text").asString().equals("AI Research Scientist")) {
                scientist = row.get(0).get("callback_data").asString();
            }
        }
        assertThat(scientist).isEqualTo("role:ai-research-scientist");

        webhook(callback(UPDATE_IDS.incrementAndGet(), chat, scientist), SECRET);
        assertThat(awaitSent(2).get(1).get("text").asString()).contains("<b>AI Research Scientist</b>", "Ph.D.");

        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "/start machine-learning-data-architect"), SECRET);
        assertThat(awaitSent(3).get(2).get("text").asString()).contains("<b>Machine Learning Data Architect</b>");
    }

    @Test
    void commandsAskTheAdvisorForTheirCapabilityWithTheRolesTheyName() throws Exception {
        long chat = 321_000_006L;
        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "/compare scientist vs engineer"), SECRET);
        assertThat(awaitSent(1).get(0).get("text").asString())
                .contains("Comparing <b>AI Research Scientist</b> and <b>AI Research Engineer</b>");

        // A bare role name after /role asks for its profile, whatever words the name is made of.
        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "/role ml architect pay"), SECRET);
        assertThat(awaitSent(2).get(1).get("text").asString())
                .contains("<b>Machine Learning Data Architect</b>", "What the role does");

        webhook(privateText(UPDATE_IDS.incrementAndGet(), chat, "/role pastry chef"), SECRET);
        assertThat(awaitSent(3).get(2).get("text").asString())
                .contains("pastry chef")
                .doesNotContain("$");
    }

    @Test
    void groupCommandsForAnotherBotAreIgnoredAndOursAreAnswered() throws Exception {
        long group = -1_001_999_000_111L;
        webhook(groupText(UPDATE_IDS.incrementAndGet(), group, "/help@OtherBot"), SECRET);
        webhook(
                groupText(
                        UPDATE_IDS.incrementAndGet(), group, "@CareerAdvisorBot2 what does an AI research manager do?"),
                SECRET);
        webhook(groupText(UPDATE_IDS.incrementAndGet(), group, "/help@CareerAdvisorBot"), SECRET);

        List<JsonNode> sent = awaitSent(1);
        Thread.sleep(500);
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(1);
        assertThat(sent.get(0).get("text").asString()).contains("I answer career questions");
    }

    private List<JsonNode> awaitSent(int count) throws Exception {
        for (int i = 0; i < 150; i++) {
            List<LoggedRequest> requests = botApi.findAll(postRequestedFor(urlEqualTo(SEND)));
            if (requests.size() >= count) {
                return requests.stream()
                        .map(request -> JSON.readTree(request.getBodyAsString()))
                        .toList();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + count + " sendMessage calls, got "
                + botApi.findAll(postRequestedFor(urlEqualTo(SEND))).size());
    }

    private void awaitCallbacks(int count) throws Exception {
        for (int i = 0;
                i < 150
                        && botApi.findAll(postRequestedFor(urlEqualTo(CALLBACK)))
                                        .size()
                                < count;
                i++) {
            Thread.sleep(100);
        }
        assertThat(botApi.findAll(postRequestedFor(urlEqualTo(CALLBACK)))).hasSizeGreaterThanOrEqualTo(count);
    }

    private HttpResponse<String> webhook(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
