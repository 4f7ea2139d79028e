package org.careeradvisor.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar career-advisor-tools.jar telegramload [chats]}: the packaged bot in long-polling mode against a fake
 * Bot API. First single questions one at a time (the delay a user notices), then a burst: every chat sends four
 * questions about four roles at once, and every tenth chat is refused its first message with {@code 429}. It reports
 * delivery to reply times, and checks that each update got exactly one reply and that each chat's replies came in
 * order.
 */
public final class TelegramLoadCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> QUESTIONS = List.of(
            "What does a Machine Learning Data Architect earn?",
            "What does an AI Research Scientist do?",
            "What qualifications does an AI Research Manager need?",
            "What does an AI Quality Engineering VP do?");
    private static final List<String> ROLES = List.of(
            "Machine Learning Data Architect",
            "AI Research Scientist",
            "AI Research Manager",
            "AI Quality Engineering VP");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private int nextUpdate = 1;

    private TelegramLoadCommand() {}

    public static int run(String[] args) throws Exception {
        return new TelegramLoadCommand().measure(args.length > 0 ? Integer.parseInt(args[0]) : 50, System.out);
    }

    private int measure(int chats, PrintStream out) throws Exception {
        Path cache = Files.createTempDirectory("career-advisor-telegram-cache");
        try (FakeBotApi telegram = new FakeBotApi()) {
            ServerProcess server = ServerProcess.start(
                    ServerProcess.ownJar(),
                    cache,
                    List.of(
                            "--advisor.telegram.bot-token=1:BENCH",
                            "--advisor.telegram.api-url=" + telegram.url(),
                            "--advisor.telegram.messages-per-user-per-minute=1000"),
                    LoadTestCommand.HEAP);
            try {
                server.awaitReady();
                out.printf(
                        Locale.ROOT,
                        "%nTelegram long polling against a fake Bot API (2 cores, server heap %s)%n%n",
                        LoadTestCommand.HEAP);
                one(telegram, out);
                return burst(telegram, chats, out);
            } finally {
                server.stop();
            }
        }
    }

    /** Twenty questions, each sent after the previous reply arrived. */
    private void one(FakeBotApi telegram, PrintStream out) throws InterruptedException {
        Histogram latencies = new Histogram(3);
        for (int i = 0; i < 20; i++) {
            int before = telegram.sent().size();
            long delivered = deliver(telegram, 900_000L, QUESTIONS.get(i % QUESTIONS.size()));
            List<FakeBotApi.Sent> sent = await(telegram, before + 1);
            if (sent.size() <= before) {
                throw new IllegalStateException("the bot did not reply within " + PATIENCE.toMinutes() + " minutes");
            }
            FakeBotApi.Sent reply = sent.get(before);
            latencies.recordValue(reply.nanos() - delivered);
        }
        out.println("| run | updates | replies | p50 | p95 | p99 |");
        out.println("|---|---|---|---|---|---|");
        out.printf(
                Locale.ROOT,
                "| one at a time | 20 | 20 | %.0f ms | %.0f ms | %.0f ms |%n",
                SustainedLoad.millis(latencies, 50),
                SustainedLoad.millis(latencies, 95),
                SustainedLoad.millis(latencies, 99));
    }

    private int burst(FakeBotApi telegram, int chats, PrintStream out) throws InterruptedException {
        int before = telegram.sent().size();
        Map<Long, List<Long>> deliveredAt = new HashMap<>();
        long start = System.nanoTime();
        for (int chat = 1; chat <= chats; chat++) {
            long chatId = 1_000_000L + chat;
            if (chat % 10 == 0) {
                telegram.limitOnce(chatId);
            }
            for (String question : QUESTIONS) {
                deliveredAt.computeIfAbsent(chatId, id -> new ArrayList<>()).add(deliver(telegram, chatId, question));
            }
        }
        int expected = chats * QUESTIONS.size();
        List<FakeBotApi.Sent> replies = await(telegram, before + expected);
        Thread.sleep(2000);
        replies = telegram.sent().subList(before, telegram.sent().size());
        double seconds = (replies.get(replies.size() - 1).nanos() - start) / 1e9;

        Map<Long, List<FakeBotApi.Sent>> byChat = new HashMap<>();
        replies.forEach(reply ->
                byChat.computeIfAbsent(reply.chatId(), id -> new ArrayList<>()).add(reply));
        Histogram latencies = new Histogram(3);
        int outOfOrder = 0;
        int wrongCount = 0;
        for (var chat : deliveredAt.entrySet()) {
            List<FakeBotApi.Sent> got = byChat.getOrDefault(chat.getKey(), List.of());
            wrongCount += got.size() == QUESTIONS.size() ? 0 : 1;
            for (int i = 0; i < Math.min(got.size(), QUESTIONS.size()); i++) {
                latencies.recordValue(got.get(i).nanos() - chat.getValue().get(i));
                outOfOrder += got.get(i).text().contains(ROLES.get(i)) ? 0 : 1;
            }
        }
        out.printf(
                Locale.ROOT,
                "| burst: %d chats x %d questions, every 10th chat's first send refused with 429 | %d | %d | %.0f ms | %.0f ms | %.0f ms |%n",
                chats,
                QUESTIONS.size(),
                expected,
                replies.size(),
                SustainedLoad.millis(latencies, 50),
                SustainedLoad.millis(latencies, 95),
                SustainedLoad.millis(latencies, 99));
        out.printf(
                Locale.ROOT,
                "%nBurst drained in %.1f s (%.1f replies/s); chats with a missing or extra reply: %d; replies out of order: %d%n",
                seconds,
                replies.size() / seconds,
                wrongCount,
                outOfOrder);
        return wrongCount == 0 && outOfOrder == 0 && replies.size() == expected ? 0 : 1;
    }

    private long deliver(FakeBotApi telegram, long chatId, String text) {
        int id = nextUpdate++;
        String update = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1764100000,"
                + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"Bench\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"text\":" + JSON.writeValueAsString(text)
                + "}}";
        long now = System.nanoTime();
        telegram.deliver(id, update);
        return now;
    }

    private static List<FakeBotApi.Sent> await(FakeBotApi telegram, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (telegram.sent().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return telegram.sent();
    }
}
