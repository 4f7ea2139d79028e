package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.channel.telegram.TelegramUpdates.privateText;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.careeradvisor.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The polling bot in a process of its own, against a fake Bot API with Telegram's offset rules: a burst of 200 updates
 * (50 chats, 4 questions each) is fetched and confirmed while the answers are still being composed; the process is
 * killed with SIGKILL after 42 replies and started again on the same database. Every update is answered exactly once,
 * each chat's in the order asked, although Telegram no longer has the ones it saw confirmed.
 */
class TelegramCrashRecoveryTests {

    private static final String TOKEN = "4242:CRASH-recovery";
    private static final String SECRET = "crash-test-secret";
    private static final int CHATS = 50;
    private static final int KILL_AFTER_REPLIES = 42;
    /** Each question with words its answer contains, to tell the answers apart. */
    private static final List<String> QUESTIONS = List.of(
            "What does a Machine Learning Data Architect earn?",
            "What does an AI Research Scientist earn?",
            "What does an AI Research Manager earn?",
            "What does an AI Quality Engineering VP earn?");

    private static final List<String> MARKERS =
            List.of("Machine Learning Data Architect", "Research Scientist", "Research Manager", "Quality Engineering");

    private final FakeTelegram telegram = new FakeTelegram(TOKEN);

    @AfterEach
    void stopTelegram() {
        telegram.shutdown();
    }

    @Test
    void aBurstFetchedBeforeAKillIsAnsweredExactlyOnceAfterTheRestart() throws Exception {
        Path workDir = Path.of("target", "telegram-crash-" + UUID.randomUUID()).toAbsolutePath();
        // The default database (an H2 file under the working folder), as a deployment without PostgreSQL has it.
        List<String> arguments =
                List.of("--advisor.telegram.bot-token=" + TOKEN, "--advisor.telegram.api-url=" + telegram.baseUrl());
        List<Integer> updateIds = new ArrayList<>();
        List<String> burst = new ArrayList<>();
        for (int question = 0; question < QUESTIONS.size(); question++) {
            for (int chat = 0; chat < CHATS; chat++) {
                int updateId = 5000 + question * CHATS + chat;
                updateIds.add(updateId);
                burst.add(privateText(updateId, chatId(chat), QUESTIONS.get(question)));
            }
        }
        telegram.holdSendsAfter(KILL_AFTER_REPLIES);
        telegram.deliver(burst.toArray(String[]::new));

        AppProcess first = AppProcess.start(workDir, arguments).awaitReady();
        long confirmedAtKill;
        try {
            awaitDelivered(KILL_AFTER_REPLIES, first);
            // Replies 43 on are held by "Telegram": give the answered ones time to be marked, then kill mid-burst.
            Thread.sleep(1500);
            confirmedAtKill = updateIds.stream().filter(telegram::confirmed).count();
        } finally {
            first.kill();
        }
        telegram.releaseSends();
        assertThat(confirmedAtKill)
                .as("updates Telegram saw confirmed (and dropped) before the kill")
                .isGreaterThanOrEqualTo(150);
        assertThat(telegram.delivered()).hasSize(KILL_AFTER_REPLIES);

        try (AppProcess second = AppProcess.start(workDir, arguments).awaitReady()) {
            awaitDelivered(updateIds.size(), second);
            Thread.sleep(3000); // a second answer to anything would come now
        }

        assertEveryUpdateAnsweredOnceInOrder(updateIds.size(), confirmedAtKill);
    }

    private void assertEveryUpdateAnsweredOnceInOrder(int updates, long confirmedAtKill) {
        Map<String, List<String>> repliesByChat = new LinkedHashMap<>();
        for (JsonNode reply : telegram.delivered()) {
            repliesByChat
                    .computeIfAbsent(reply.get("chat_id").asString(), chat -> new ArrayList<>())
                    .add(reply.get("text").asString());
        }
        System.out.printf(
                "Telegram crash: %d updates, %d confirmed (or acknowledged) at the kill after %d replies; %d replies in all, %d chats answered%n",
                updates,
                confirmedAtKill,
                KILL_AFTER_REPLIES,
                telegram.delivered().size(),
                repliesByChat.size());
        assertThat(telegram.delivered())
                .as("one reply per update, none lost, none repeated")
                .hasSize(updates);
        for (int chat = 0; chat < CHATS; chat++) {
            List<String> replies = repliesByChat.get(String.valueOf(chatId(chat)));
            assertThat(replies).as("replies in chat %d", chatId(chat)).hasSize(QUESTIONS.size());
            assertThat(new HashSet<>(replies))
                    .as("each of chat %d's questions answered once", chatId(chat))
                    .hasSize(QUESTIONS.size());
            for (int question = 0; question < QUESTIONS.size(); question++) {
                assertThat(replies.get(question))
                        .as("reply %d in chat %d, in the order asked", question + 1, chatId(chat))
                        .contains(MARKERS.get(question));
            }
        }
    }

    @Test
    void updatesTheWebhookAcknowledgedBeforeAKillAreAnsweredExactlyOnceAfterTheRestart() throws Exception {
        Path workDir =
                Path.of("target", "telegram-webhook-crash-" + UUID.randomUUID()).toAbsolutePath();
        List<String> arguments = List.of(
                "--advisor.telegram.bot-token=" + TOKEN,
                "--advisor.telegram.api-url=" + telegram.baseUrl(),
                "--advisor.telegram.mode=webhook",
                "--advisor.telegram.webhook-secret=" + SECRET,
                "--advisor.rate-limit.enabled=false");
        Map<Integer, String> burst = new LinkedHashMap<>();
        for (int question = 0; question < QUESTIONS.size(); question++) {
            for (int chat = 0; chat < CHATS; chat++) {
                int updateId = 9000 + question * CHATS + chat;
                burst.put(updateId, privateText(updateId, chatId(chat), QUESTIONS.get(question)));
            }
        }
        telegram.holdSendsAfter(KILL_AFTER_REPLIES);

        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AppProcess first = AppProcess.start(workDir, arguments).awaitReady();
        try {
            post(first, burst, acknowledged);
            awaitDelivered(KILL_AFTER_REPLIES, first);
            Thread.sleep(1500);
        } finally {
            first.kill();
        }
        telegram.releaseSends();
        assertThat(acknowledged)
                .as("updates the webhook answered 200 before the kill")
                .hasSizeGreaterThanOrEqualTo(150);
        assertThat(telegram.delivered()).hasSize(KILL_AFTER_REPLIES);

        try (AppProcess second = AppProcess.start(workDir, arguments).awaitReady()) {
            // Telegram sends again what was not acknowledged, and (as after a response it did not see in time) some
            // of what was: those must not be answered twice.
            Map<Integer, String> again = new LinkedHashMap<>();
            burst.forEach((id, body) -> {
                if (!acknowledged.contains(id) || id % 10 == 0) {
                    again.put(id, body);
                }
            });
            post(second, again, ConcurrentHashMap.newKeySet());
            awaitDelivered(burst.size(), second);
            Thread.sleep(3000);
        }
        assertEveryUpdateAnsweredOnceInOrder(burst.size(), acknowledged.size());
    }

    /** Posts each chat's updates in order, chats in parallel, as Telegram would; a 503 is tried again. */
    private void post(AppProcess app, Map<Integer, String> updates, Set<Integer> acknowledged)
            throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Map<Long, List<Map.Entry<Integer, String>>> byChat = new LinkedHashMap<>();
        updates.forEach((id, body) -> byChat.computeIfAbsent(chatId((id - 9000) % CHATS), chat -> new ArrayList<>())
                .add(Map.entry(id, body)));
        ExecutorService senders = Executors.newFixedThreadPool(10);
        for (List<Map.Entry<Integer, String>> chat : byChat.values()) {
            senders.execute(() -> {
                for (Map.Entry<Integer, String> update : chat) {
                    for (int attempt = 0; attempt < 100; attempt++) {
                        try {
                            HttpResponse<Void> response = http.send(
                                    HttpRequest.newBuilder(app.uri("/telegram/webhook"))
                                            .header("Content-Type", "application/json")
                                            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                                            .POST(HttpRequest.BodyPublishers.ofString(update.getValue()))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 200) {
                                acknowledged.add(update.getKey());
                                break;
                            }
                            Thread.sleep(200);
                        } catch (java.io.IOException killed) {
                            return;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    private static long chatId(int chat) {
        return 88_000_000L + chat;
    }

    private void awaitDelivered(int count, AppProcess app) throws InterruptedException {
        for (int i = 0; i < 1200 && telegram.delivered().size() < count; i++) {
            Thread.sleep(100);
        }
        assertThat(telegram.delivered().size())
                .as("replies delivered; app log:\n%s", app.tail())
                .isGreaterThanOrEqualTo(count);
    }
}
