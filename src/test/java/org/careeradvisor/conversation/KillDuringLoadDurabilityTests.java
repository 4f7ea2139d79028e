package org.careeradvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careeradvisor.AppProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app with its default embedded H2 database, in a process of its own, answering chat questions and taking ratings
 * from several clients, is killed with SIGKILL mid-load and started again on the same database: every answer that got
 * a 200 and every rating that got a 204 before the kill is still there.
 */
class KillDuringLoadDurabilityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 6;
    private static final List<String> QUESTIONS = List.of(
            "What does an AI research scientist do?",
            "What does a Machine Learning Data Architect earn?",
            "and what qualifications does it need?",
            "Tell me about the AI Quality Engineering VP role",
            "what skills does it need?");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Acknowledged answers: message id to conversation id. */
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    /** Acknowledged ratings: message id to rating. */
    private final Map<String, String> ratings = new ConcurrentHashMap<>();

    /**
     * @param url empty for the default from application.yml (an H2 file under ./data of the working folder), or a
     *            deployer's own H2 file URL that does not ask for durable commits
     */
    @ParameterizedTest(name = "datasource url: {0}")
    @ValueSource(
            strings = {
                "",
                "jdbc:h2:file:./data/advisor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            })
    void everyAcknowledgedAnswerAndRatingSurvivesAKillDuringLoad(String datasourceUrl) throws Exception {
        Path workDir = Path.of("target", "kill-durability-" + UUID.randomUUID()).toAbsolutePath();
        List<String> arguments = datasourceUrl.isEmpty()
                ? List.of("--advisor.rate-limit.enabled=false")
                : List.of("--advisor.rate-limit.enabled=false", "--spring.datasource.url=" + datasourceUrl);

        AppProcess first = AppProcess.start(workDir, arguments).awaitReady();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                clients.execute(() -> load(first, number, killed));
            }
            // Kill while the clients are busy, once a good number of writes has been acknowledged.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while ((answers.size() < 150 || ratings.size() < 150) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            killed.set(true);
            first.kill();
        } finally {
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        Map<String, String> acknowledgedAnswers = new HashMap<>(answers);
        Map<String, String> acknowledgedRatings = new HashMap<>(ratings);
        assertThat(acknowledgedAnswers)
                .as("answers acknowledged before the kill")
                .hasSizeGreaterThanOrEqualTo(150);

        Set<String> foundAnswers = new HashSet<>();
        try (AppProcess second = AppProcess.start(workDir, arguments).awaitReady()) {
            for (String conversation : new HashSet<>(acknowledgedAnswers.values())) {
                HttpResponse<String> messages = http.send(
                        HttpRequest.newBuilder(second.uri("/api/conversations/" + conversation + "/messages"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(messages.statusCode())
                        .as("conversation %s after the restart", conversation)
                        .isEqualTo(200);
                JsonNode body = JSON.readTree(messages.body());
                JsonNode list = body.isArray() ? body : body.path("messages");
                for (JsonNode message : list) {
                    foundAnswers.add(message.path("id")
                            .asString(message.path("messageId").asString("")));
                }
            }
        }
        Map<String, String> foundRatings = new HashMap<>();
        String url = "jdbc:h2:file:" + workDir.resolve("data/advisor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select message_id, rating from feedback")) {
            while (rows.next()) {
                foundRatings.put(rows.getString(1), rows.getString(2).toLowerCase(java.util.Locale.ROOT));
            }
        }

        Set<String> lostAnswers = new HashSet<>(acknowledgedAnswers.keySet());
        lostAnswers.removeAll(foundAnswers);
        Set<String> lostRatings = new HashSet<>();
        acknowledgedRatings.forEach((message, rating) -> {
            if (!rating.equals(foundRatings.get(message))) {
                lostRatings.add(message);
            }
        });
        System.out.printf(
                "Kill during load: %d answers acknowledged (200), %d lost; %d ratings acknowledged (204), %d lost%n",
                acknowledgedAnswers.size(), lostAnswers.size(), acknowledgedRatings.size(), lostRatings.size());
        assertThat(lostAnswers)
                .as("acknowledged answers missing after the restart")
                .isEmpty();
        assertThat(lostRatings)
                .as("acknowledged ratings missing after the restart")
                .isEmpty();
    }

    /**
     * One client: starts a conversation without an id, then keeps using the one the server returned; rates each
     * answer. Stops at the kill (its requests then fail) and after a bounded number of questions.
     */
    private void load(AppProcess app, int client, AtomicBoolean killed) {
        String conversation = null;
        for (int i = 0; i < 2000 && !killed.get(); i++) {
            try {
                String question = QUESTIONS.get((client + i) % QUESTIONS.size());
                String body = conversation == null
                        ? "{\"message\": \"" + question + "\"}"
                        : "{\"conversationId\": \"" + conversation + "\", \"message\": \"" + question + "\"}";
                HttpResponse<String> chat = post(app, "/api/chat", body);
                if (chat.statusCode() != 200) {
                    continue;
                }
                JsonNode answer = JSON.readTree(chat.body());
                conversation = answer.get("conversationId").asString();
                String messageId = answer.get("messageId").asString();
                answers.put(messageId, conversation);
                String rating = i % 2 == 0 ? "up" : "down";
                HttpResponse<String> feedback = post(
                        app,
                        "/api/feedback",
                        "{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + messageId
                                + "\", \"rating\": \"" + rating + "\"}");
                if (feedback.statusCode() == 204) {
                    ratings.put(messageId, rating);
                }
                if (i % 10 == 9) {
                    conversation = null; // a new conversation now and then, as new visitors come
                }
            } catch (IOException killedMidRequest) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpResponse<String> post(AppProcess app, String path, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(app.uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
