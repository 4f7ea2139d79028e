package org.careeradvisor.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the Telegram Bot API on a loopback port, for measuring the bot: it serves queued updates to
 * {@code getUpdates} with Telegram's offset rules (holding an empty poll open for a second), records every message
 * sent with the time it arrived, and can refuse a chat's first message with {@code 429}.
 */
final class FakeBotApi implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ConcurrentSkipListMap<Integer, String> pending = new ConcurrentSkipListMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Set<Long> limitOnce = ConcurrentHashMap.newKeySet();

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an update for the next poll. */
    synchronized void deliver(int updateId, String update) {
        pending.put(updateId, update);
        notifyAll();
    }

    /** The chat's first message is refused with 429 and a one-second retry_after. */
    void limitOnce(long chatId) {
        limitOnce.add(chatId);
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        switch (method) {
            case "getupdates" ->
                reply(
                        exchange,
                        200,
                        "{\"ok\":true,\"result\":["
                                + String.join(",", poll(body.path("offset").asInt())) + "]}");
            case "sendmessage" -> {
                long chat = Long.parseLong(body.path("chat_id").asString());
                if (limitOnce.remove(chat)) {
                    reply(
                            exchange,
                            429,
                            "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                    + "\"parameters\":{\"retry_after\":1}}");
                    return;
                }
                sent.add(new Sent(chat, body.path("text").asString(), System.nanoTime()));
                reply(
                        exchange,
                        200,
                        "{\"ok\":true,\"result\":{\"message_id\":" + sent.size() + ",\"date\":1764100000,"
                                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"ok\"}}");
            }
            case "getme" ->
                reply(
                        exchange,
                        200,
                        "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Advisor\","
                                + "\"username\":\"BenchAdvisorBot\"}}");
            default -> reply(exchange, 200, "{\"ok\":true,\"result\":true}");
        }
    }

    private synchronized List<String> poll(int offset) {
        pending.headMap(offset).clear();
        if (pending.isEmpty()) {
            try {
                wait(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ArrayList<>(pending.values()).subList(0, Math.min(100, pending.size()));
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A message the bot sent, with when it arrived. */
    record Sent(long chatId, String text, long nanos) {}
}
