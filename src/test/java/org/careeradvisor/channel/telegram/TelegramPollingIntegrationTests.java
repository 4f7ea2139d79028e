package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.channel.telegram.TelegramUpdates.blockedBy;
import static org.careeradvisor.channel.telegram.TelegramUpdates.callback;
import static org.careeradvisor.channel.telegram.TelegramUpdates.editedText;
import static org.careeradvisor.channel.telegram.TelegramUpdates.privateText;
import static org.careeradvisor.channel.telegram.TelegramUpdates.unreadable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.careeradvisor.Readiness;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long polling (the default mode) against a fake Bot API that keeps Telegram's delivery rules: users' updates are
 * fetched with getUpdates and the replies WireMock received are checked, including the failure paths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramPollingIntegrationTests {

    private static final String TOKEN = "424242:POLLING-test_token";
    /** Actuator shows health details and metrics only with the admin token. */
    private static final String ADMIN_TOKEN = "polling-admin";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(500_000);
    private static FakeTelegram telegram;
    private static List<String> startupCalls;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    org.careeradvisor.conversation.ConversationMemory conversations;

    @Autowired
    TelegramChats chats;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        if (telegram == null) {
            telegram = new FakeTelegram(TOKEN);
        }
        registry.add("advisor.knowledge.cache-dir", () -> SharedIndex.CACHE_DIR);
        registry.add("advisor.admin.token", () -> ADMIN_TOKEN);
        registry.add("advisor.telegram.bot-token", () -> TOKEN);
        registry.add("advisor.telegram.api-url", telegram::baseUrl);
    }

    @AfterAll
    static void stop() {
        telegram.shutdown();
    }

    @BeforeEach
    void ready() throws Exception {
        Readiness.await(http, uri("/actuator/health/readiness"));
        if (startupCalls == null) {
            telegram.await("getupdates", 1);
            // WireMock lists the newest request first.
            List<String> calls = new java.util.ArrayList<>(telegram.server().getAllServeEvents().stream()
                    .map(event -> event.getRequest().getUrl().replace("/bot" + TOKEN + "/", ""))
                    .toList());
            java.util.Collections.reverse(calls);
            startupCalls = calls;
        }
        telegram.reset();
    }

    @Test
    void onStartWebhookIsRemovedBeforePollingAndCommandsAndUsernameAreFetched() {
        assertThat(startupCalls).contains("setMyCommands", "getme");
        assertThat(startupCalls.indexOf("deleteWebhook"))
                .isNotNegative()
                .isLessThan(startupCalls.indexOf("getupdates"));
        assertThat(startupCalls).doesNotContain("setWebhook");
    }

    @Test
    void startQuestionFollowUpAndButtonPressEachGetTheRightReply() throws Exception {
        long chat = 31_000_001L;
        telegram.deliver(privateText(UPDATE_IDS.incrementAndGet(), chat, "/start"));
        JsonNode greeting = telegram.await("sendmessage", 1).get(0);
        assertThat(greeting.get("text").asString())
                .contains("I am the career advisor", "<b>Machine Learning Data Architect</b>");
        assertThat(greeting.get("reply_markup")
                        .get("inline_keyboard")
                        .get(0)
                        .get(0)
                        .get("callback_data")
                        .asString())
                .startsWith("role:");

        telegram.deliver(privateText(UPDATE_IDS.incrementAndGet(), chat, "What does an ML data architect earn?"));
        JsonNode pay = telegram.await("sendmessage", 2).get(1);
        assertThat(pay.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(pay.get("text").asString())
                .contains("Machine Learning Data Architect", "$393,000", "<i>Sources:</i>");

        telegram.deliver(privateText(UPDATE_IDS.incrementAndGet(), chat, "and how do I get there?"));
        JsonNode path = telegram.await("sendmessage", 3).get(2);
        assertThat(path.get("text").asString()).contains("3-5 years of experience");

        JsonNode keyboard = path.get("reply_markup").get("inline_keyboard");
        String suggestion = keyboard.get(1).get(0).get("callback_data").asString();
        String suggested = keyboard.get(1).get(0).get("text").asString();
        telegram.deliver(callback(UPDATE_IDS.incrementAndGet(), chat, suggestion));
        assertThat(telegram.await("answercallbackquery", 1)).hasSize(1);
        JsonNode followed = telegram.await("sendmessage", 4).get(3);
        assertThat(followed.get("text").asString())
                .isNotBlank()
                .isNotEqualTo(path.get("text").asString());
        assertThat(suggested).isNotBlank();

        Thread.sleep(700);
        List<JsonNode> replies = telegram.requests("sendmessage");
        assertThat(replies).hasSize(4);
        assertThat(telegram.requests("sendChatAction")).hasSize(4);
        transcript(
                List.of(
                        "/start",
                        "What does an ML data architect earn?",
                        "and how do I get there?",
                        "[button] " + suggested),
                replies);
    }

    /** What the user saw, for a person to read: target/telegram-conversation.txt. */
    private static void transcript(List<String> asked, List<JsonNode> replies) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < replies.size(); i++) {
            text.append("USER: ")
                    .append(asked.get(i))
                    .append("\n\nBOT (")
                    .append(replies.get(i).get("parse_mode").asString())
                    .append("):\n")
                    .append(replies.get(i).get("text").asString())
                    .append("\n");
            for (JsonNode row : replies.get(i).path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    text.append("  [").append(button.get("text").asString()).append("]");
                }
                text.append("\n");
            }
            text.append("\n\n----\n\n");
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/telegram-conversation.txt"), text);
    }

    @Test
    void aBatchWithAnUnreadableUpdateIsAnsweredAroundItAndPollingMovesPastIt() throws Exception {
        int first = UPDATE_IDS.incrementAndGet();
        int poison = UPDATE_IDS.incrementAndGet();
        telegram.deliver(
                privateText(first, 32_000_001L, "What does an AI research scientist do?"),
                unreadable(poison, 32_000_002L));
        telegram.await("sendmessage", 1);
        for (int i = 0; i < 50 && !telegram.offsets().contains(poison + 1); i++) {
            Thread.sleep(100);
        }
        assertThat(telegram.offsets()).contains(poison + 1);
        assertThat(telegram.confirmed(poison)).isTrue();

        telegram.deliver(
                privateText(UPDATE_IDS.incrementAndGet(), 32_000_003L, "What does an AI research manager do?"));
        List<JsonNode> sent = telegram.await("sendmessage", 2);
        assertThat(sent)
                .extracting(message -> message.get("chat_id").asString())
                .containsExactly("32000001", "32000003");
        assertThat(metrics()).contains("advisor_telegram_unreadable_total 1.0");
    }

    @Test
    void aConflictWithAnotherPollerShowsInHealthAndPollingResumesWhenItEnds() throws Exception {
        telegram.failPolls(
                409,
                "{\"ok\": false, \"error_code\": 409, \"description\": \"Conflict: terminated by other getUpdates "
                        + "request; make sure that only one bot instance is running\"}");
        int polls = telegram.offsets().size();
        for (int i = 0; i < 100 && telegram.offsets().size() < polls + 3; i++) {
            Thread.sleep(100);
        }
        JsonNode health = health();
        assertThat(health.get("details").get("lastFailure").asString()).startsWith("409 Conflict");
        long chat = 33_000_001L;
        telegram.deliver(privateText(UPDATE_IDS.incrementAndGet(), chat, "What does an AI quality engineering VP do?"));
        Thread.sleep(500);
        assertThat(telegram.requests("sendmessage")).isEmpty();

        telegram.recover();
        JsonNode answer = telegram.await("sendmessage", 1).get(0);
        assertThat(answer.get("chat_id").asString()).isEqualTo(String.valueOf(chat));
        health = health();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("details").get("lastSuccessfulPollAgeSeconds").asLong())
                .isLessThan(5);
    }

    @Test
    void aChatWaitingOutA429DoesNotHoldUpOtherChatsAndIsAnsweredOnceAfterTheWait() throws Exception {
        long limited = 34_000_001L;
        long other = 34_000_002L;
        telegram.error(post(urlEqualTo(telegram.path("sendmessage")))
                .atPriority(1)
                .withRequestBody(containing("\"" + limited + "\""))
                .inScenario("429")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("waited")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"ok\": false, \"error_code\": 429, \"description\": \"Too Many Requests: retry after 2\", "
                                        + "\"parameters\": {\"retry_after\": 2}}")));
        telegram.deliver(
                privateText(UPDATE_IDS.incrementAndGet(), limited, "What does an ML data architect earn?"),
                privateText(UPDATE_IDS.incrementAndGet(), other, "What does an AI research manager earn?"));

        telegram.await("sendmessage", 3);
        Thread.sleep(500);
        List<LoggedRequest> sends =
                telegram.server().findAll(postRequestedFor(urlEqualTo(telegram.path("sendmessage"))));
        List<LoggedRequest> toLimited = sends.stream()
                .filter(request -> request.getBodyAsString().contains("\"" + limited + "\""))
                .toList();
        List<LoggedRequest> toOther = sends.stream()
                .filter(request -> request.getBodyAsString().contains("\"" + other + "\""))
                .toList();
        assertThat(toLimited).hasSize(2);
        assertThat(toOther).hasSize(1);
        long waited = toLimited.get(1).getLoggedDate().getTime()
                - toLimited.get(0).getLoggedDate().getTime();
        assertThat(waited).isGreaterThanOrEqualTo(2000);
        assertThat(toOther.get(0).getLoggedDate()).isBefore(toLimited.get(1).getLoggedDate());
    }

    @Test
    void aSendThatMayHaveArrivedIsNotRepeated() throws Exception {
        long chat = 35_000_001L;
        telegram.error(post(urlEqualTo(telegram.path("sendmessage")))
                .atPriority(1)
                .withRequestBody(containing("\"" + chat + "\""))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        telegram.deliver(
                privateText(UPDATE_IDS.incrementAndGet(), chat, "What does an AI quality engineering VP do?"),
                privateText(UPDATE_IDS.incrementAndGet(), 35_000_002L, "What does an AI research engineer earn?"));

        telegram.await("sendmessage", 2);
        Thread.sleep(1000);
        assertThat(telegram.requests("sendmessage"))
                .extracting(message -> message.get("chat_id").asString())
                .containsExactlyInAnyOrder(String.valueOf(chat), "35000002");
    }

    @Test
    void editsAndBlocksCauseNoAnswerAndABlockedChatIsNotWrittenTo() throws Exception {
        long editor = 36_000_001L;
        long blocker = 36_000_002L;
        telegram.deliver(
                editedText(UPDATE_IDS.incrementAndGet(), editor, "What does an AI quality engineering VP do?"),
                blockedBy(UPDATE_IDS.incrementAndGet(), blocker));
        for (int i = 0; i < 50 && !chats.isBlocked(blocker); i++) {
            Thread.sleep(100);
        }
        assertThat(chats.isBlocked(blocker)).isTrue();
        telegram.deliver(
                privateText(UPDATE_IDS.incrementAndGet(), blocker, "hello?"),
                privateText(UPDATE_IDS.incrementAndGet(), 36_000_003L, "hello"));

        telegram.await("sendmessage", 1);
        Thread.sleep(700);
        assertThat(telegram.requests("sendmessage"))
                .extracting(message -> message.get("chat_id").asString())
                .containsExactly("36000003");
    }

    @Test
    void aMessageOfOnlyControlCharactersGetsThePoliteTextOnlyReplyAndNothingIsStored() throws Exception {
        long chat = 37_000_001L;
        telegram.deliver(privateText(UPDATE_IDS.incrementAndGet(), chat, "\u0000\u0001\u0007"));

        JsonNode reply = telegram.await("sendmessage", 1).get(0);
        assertThat(reply.get("chat_id").asString()).isEqualTo(String.valueOf(chat));
        assertThat(reply.get("text").asString()).isEqualTo(TelegramResponder.TEXT_ONLY);
        assertThat(conversations.exists("tg-" + chat, "telegram"))
                .as("no question stored")
                .isFalse();
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/telegram"))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private String metrics() throws Exception {
        return http.send(
                        HttpRequest.newBuilder(uri("/actuator/prometheus"))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
