package org.careeradvisor.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * A time-bounded closed-loop load on {@code POST /api/chat} for the benchmark and the load test: each client talks in
 * conversations of a few messages,
 * optionally pausing between messages, under its own client address (sent as X-Forwarded-For to a server that trusts
 * it, so per-IP limits see distinct clients; no traffic leaves the loopback interface).
 */
final class SustainedLoad {

    private static final int MESSAGES_PER_CONVERSATION = 5;
    private static final java.util.regex.Pattern ISSUED_ID =
            java.util.regex.Pattern.compile("\"conversationId\":\"([A-Za-z0-9_-]+)\"");

    private final URI chat;
    private final List<String> questions;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SustainedLoad(URI baseUri, List<String> questions) {
        this.chat = baseUri.resolve("/api/chat");
        this.questions = questions;
    }

    /**
     * @param pause          wait between a client's messages (zero for as fast as possible)
     * @param sameConversation whether every message of a client goes to one conversation (an abusive client)
     */
    Result run(int clients, Duration duration, Duration pause, boolean sameConversation, int firstClientNumber)
            throws Exception {
        AbstractHistogram latencies = new ConcurrentHistogram(3);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.Map<String, Integer> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int number = firstClientNumber + client;
                futures.add(pool.submit(() -> {
                    String address = "198.51.100." + (number % 250 + 1);
                    // The server issues conversation ids: the first message sends none, the next ones the id it got.
                    String conversation = null;
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        if (!sameConversation && i % MESSAGES_PER_CONVERSATION == 0) {
                            conversation = null;
                        }
                        String question = questions
                                .get((number * 7 + i) % questions.size())
                                .replace("\"", "'");
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(
                                    HttpRequest.newBuilder(chat)
                                            .timeout(Duration.ofSeconds(30))
                                            .header("Content-Type", "application/json")
                                            .header("X-Forwarded-For", address)
                                            .POST(HttpRequest.BodyPublishers.ofString((conversation == null
                                                            ? "{"
                                                            : "{\"conversationId\":\"" + conversation + "\",")
                                                    + "\"message\":\"" + question + "\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                java.util.regex.Matcher issued = ISSUED_ID.matcher(response.body());
                                conversation = issued.find() ? issued.group(1) : null;
                                ok.incrementAndGet();
                                latencies.recordValue(System.nanoTime() - sent);
                            } else if (response.statusCode() == 429) {
                                throttled.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                errorKinds.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            errorKinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                        if (!pause.isZero()) {
                            Thread.sleep(pause.toMillis());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(
                clients,
                ok.get(),
                throttled.get(),
                errors.get(),
                ok.get() / seconds,
                millis(latencies, 50),
                millis(latencies, 95),
                millis(latencies, 99),
                Map.copyOf(errorKinds));
    }

    /** The latency at this percentile of those recorded (in nanoseconds, to 3 significant digits), in milliseconds. */
    static double millis(AbstractHistogram nanos, double percentile) {
        return nanos.getTotalCount() == 0 ? Double.NaN : nanos.getValueAtPercentile(percentile) / 1e6;
    }

    record Result(
            int clients,
            int ok,
            int throttled,
            int errors,
            double throughput,
            double p50,
            double p95,
            double p99,
            Map<String, Integer> errorKinds) {}
}
