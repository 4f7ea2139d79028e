package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock standing in for the Bot API, with Telegram's delivery rules for {@code getUpdates}: pending updates are
 * returned from the requested offset, confirmed (forgotten) once a poll asks for a higher offset, and sent again to
 * a poller that starts over from offset 1. An empty poll is held open briefly, like Telegram's long poll.
 */
final class FakeTelegram implements ResponseDefinitionTransformerV2 {

    static final String BOT_USERNAME = "CareerAdvisorBot";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long LONG_POLL_MILLIS = 250;

    private final String token;
    private final WireMockServer server;
    private final ConcurrentSkipListMap<Integer, String> pending = new ConcurrentSkipListMap<>();
    private final List<Integer> offsets = new CopyOnWriteArrayList<>();
    private final List<com.github.tomakehurst.wiremock.stubbing.StubMapping> errors = new CopyOnWriteArrayList<>();
    private volatile ResponseDefinition failure;
    private volatile boolean holdingConfirmations;
    private final Sends sends = new Sends();

    FakeTelegram(String token) {
        this.token = token;
        this.server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(this, sends));
        server.start();
        ordinaryAnswers();
    }

    /** Forgets the requests seen and any errors set up; the ordinary answers and pending updates stay. */
    void reset() {
        server.resetRequests();
        server.resetScenarios();
        errors.forEach(server::removeStub);
        errors.clear();
        offsets.clear();
        failure = null;
    }

    private void ordinaryAnswers() {
        server.stubFor(
                post(urlEqualTo(path("getupdates"))).willReturn(aResponse().withTransformers(getName())));
        ok("deleteWebhook", "true");
        ok("setMyCommands", "true");
        ok("sendChatAction", "true");
        ok("answercallbackquery", "true");
        ok(
                "getme",
                "{\"id\": 123456, \"is_bot\": true, \"first_name\": \"Advisor\", \"username\": \"" + BOT_USERNAME
                        + "\"}");
        String message =
                "{\"message_id\": 7001, \"date\": 1764100000, \"chat\": {\"id\": 1, \"type\": \"private\"}, \"text\": \"sent\"}";
        ok("sendmessage", message);
        ok("editmessagetext", message);
    }

    /** Answers the method with {"ok": true, "result": ...}. */
    void ok(String method, String result) {
        server.stubFor(post(urlEqualTo(path(method)))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": true, \"result\": " + result + "}")));
    }

    /**
     * Answers the method with a Telegram error, ahead of the ordinary answer, for requests whose body contains the
     * text.
     */
    void error(String method, String bodyContains, int status, String errorBody) {
        error(post(urlEqualTo(path(method)))
                .atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(bodyContains))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody)));
    }

    /** Adds a stub that {@link #reset()} removes again. */
    void error(com.github.tomakehurst.wiremock.client.MappingBuilder stub) {
        errors.add(server.stubFor(stub));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    WireMockServer server() {
        return server;
    }

    String path(String method) {
        return "/bot" + token + "/" + method;
    }

    /** Queues updates for the next polls, as Telegram does when users write to the bot. */
    synchronized void deliver(String... updates) {
        for (String update : updates) {
            pending.put(JSON.readTree(update).get("update_id").asInt(), update);
        }
        notifyAll();
    }

    /** Every {@code getUpdates} answers with this status and Telegram error body until {@link #recover()}. */
    void failPolls(int status, String body) {
        failure = aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body)
                .build();
    }

    /** Keeps updates below the polled offset pending, as if the poller died before Telegram saw its next poll. */
    void holdConfirmations(boolean holding) {
        holdingConfirmations = holding;
    }

    void recover() {
        failure = null;
    }

    /** The offsets polls asked for, in order. */
    List<Integer> offsets() {
        return List.copyOf(offsets);
    }

    boolean confirmed(int updateId) {
        return !pending.containsKey(updateId);
    }

    List<JsonNode> requests(String method) {
        return server.findAll(postRequestedFor(urlEqualTo(path(method)))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(JSON::readTree)
                .toList();
    }

    /** Waits up to 15 s for at least {@code count} calls of the method and returns all of them. */
    List<JsonNode> await(String method, int count) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            List<JsonNode> requests = requests(method);
            if (requests.size() >= count) {
                return requests;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + count + " " + method + " calls, got "
                + requests(method).size());
    }

    void shutdown() {
        sends.release();
        server.stop();
    }

    /**
     * From now on counts a {@code sendMessage} as delivered only when it is answered, and answers only the first
     * {@code limit}: later ones are held open, unanswered (not delivered), until {@link #releaseSends()}.
     */
    void holdSendsAfter(int limit) {
        sends.limit = limit;
        server.stubFor(post(urlEqualTo(path("sendmessage")))
                .atPriority(1)
                .willReturn(aResponse().withTransformers(sends.getName())));
    }

    /** Answers the held sends with an error (they were never delivered) and holds no more. */
    void releaseSends() {
        sends.release();
    }

    /** The bodies of the sendMessage calls answered (delivered) since {@link #holdSendsAfter}, in order. */
    List<JsonNode> delivered() {
        return List.copyOf(sends.delivered);
    }

    /** Delivers sendMessage calls up to a limit and holds the rest open, as if Telegram had stopped answering. */
    private static final class Sends implements ResponseDefinitionTransformerV2 {

        private final List<JsonNode> delivered = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
        private volatile int limit = Integer.MAX_VALUE;

        void release() {
            limit = Integer.MAX_VALUE;
            released.countDown();
        }

        @Override
        public String getName() {
            return "telegram-sends";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
            boolean deliver;
            synchronized (this) {
                deliver = delivered.size() < limit;
                if (deliver) {
                    delivered.add(body);
                }
            }
            if (!deliver) {
                try {
                    released.await(2, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(502)
                        .withBody("held, never delivered")
                        .build();
            }
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                            "{\"ok\": true, \"result\": {\"message_id\": " + (8000 + delivered.size())
                                    + ", \"date\": 1764100000, \"chat\": {\"id\": 1, \"type\": \"private\"}, \"text\": \"sent\"}}")
                    .build();
        }
    }

    @Override
    public String getName() {
        return "telegram-updates";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode poll = JSON.readTree(event.getRequest().getBodyAsString());
        int offset = poll.path("offset").asInt(0);
        offsets.add(offset);
        ResponseDefinition failing = failure;
        if (failing != null) {
            return failing;
        }
        List<String> batch = take(offset, poll.path("limit").asInt(100));
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\": true, \"result\": [" + String.join(",", batch) + "]}")
                .build();
    }

    private synchronized List<String> take(int offset, int limit) {
        if (!holdingConfirmations) {
            pending.keySet().removeIf(id -> id < offset);
        }
        if (from(offset).isEmpty()) {
            try {
                wait(LONG_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<String> batch = from(offset);
        return batch.subList(0, Math.min(limit, batch.size()));
    }

    private List<String> from(int offset) {
        return new ArrayList<>(pending.tailMap(offset).values());
    }
}
