package org.careeradvisor.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** A bounded closed-loop load on {@code POST /api/chat}: each client sends its requests one after another. */
final class ChatLoad {

    private final URI chat;
    private final List<String> questions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ChatLoad(URI baseUri, List<String> questions) {
        this.chat = baseUri.resolve("/api/chat");
        this.questions = questions;
    }

    Result run(int clients, int requestsPerClient) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int offset = client;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < requestsPerClient; i++) {
                        String question = questions.get((offset * 7 + i) % questions.size()).replace("\"", "'");
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(chat)
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + question + "\"}")).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - sent);
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
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(clients, sorted.size(), errors.get(), Percentiles.millis(sorted, 0.50), Percentiles.millis(sorted, 0.99),
                sorted.size() / seconds);
    }

    record Result(int clients, int requests, int errors, double p50Millis, double p99Millis, double throughput) {
    }
}
