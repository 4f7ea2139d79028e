package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.careeradvisor.CareerAdvisorApplication;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances on one database receive the same Telegram update at the same time: exactly one reply goes out. */
class TwoInstancesTelegramIntegrationTests {

    private static final String TOKEN = "654321:TWO-instances";
    private static final String SEND = "/bot" + TOKEN + "/sendmessage";
    private static WireMockServer botApi;
    private final HttpClient http = HttpClient.newHttpClient();

    static List<TestDatabases.Database> databases() {
        List<TestDatabases.Database> databases = new ArrayList<>();
        databases.add(TestDatabases.h2("jdbc:h2:file:./target/two-instances-" + UUID.randomUUID()
                + "/advisor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        databases.add(TestDatabases.postgres());
        return databases;
    }

    @BeforeAll
    static void startBotApi() {
        botApi = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        botApi.start();
    }

    @AfterAll
    static void stopBotApi() {
        botApi.stop();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRedeliveredUpdateIsAnsweredOnceByTwoInstances(TestDatabases.Database db) throws Exception {
        botApi.resetAll();
        botApi.stubFor(
                post(urlEqualTo(SEND))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"ok\": true, \"result\": {\"message_id\": 1, \"date\": 1764100000, \"chat\": {\"id\": 1, \"type\": \"private\"}}}")));
        botApi.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendChatAction"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": true, \"result\": true}")));
        long updateId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
        String update = """
                {"update_id": %d, "message": {"message_id": 1, "from": {"id": 31, "is_bot": false, "first_name": "Bo"},
                 "chat": {"id": 31, "type": "private", "first_name": "Bo"}, "date": 1764100000, "text": "What does an AI research scientist do?"}}
                """.formatted(updateId);

        try (ConfigurableApplicationContext a = start(db);
                ConfigurableApplicationContext b = start(db)) {
            awaitReady(a);
            awaitReady(b);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> deliver(a, update));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> deliver(b, update));
            assertThat(first.get()).isEqualTo(200);
            assertThat(second.get()).isEqualTo(200);

            for (int i = 0;
                    i < 100
                            && botApi.findAll(postRequestedFor(urlEqualTo(SEND)))
                                    .isEmpty();
                    i++) {
                Thread.sleep(100);
            }
            Thread.sleep(1000);
            assertThat(botApi.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabases.Database db) {
        return new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                        "--advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
                        "--advisor.telegram.bot-token=" + TOKEN,
                        "--advisor.telegram.api-url=" + botApi.baseUrl(),
                        "--advisor.telegram.mode=webhook",
                        "--advisor.telegram.webhook-secret=two-instance-secret");
    }

    private int deliver(ConfigurableApplicationContext context, String update) {
        try {
            return http.send(
                            HttpRequest.newBuilder(uri(context, "/telegram/webhook"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Telegram-Bot-Api-Secret-Token", "two-instance-secret")
                                    .POST(HttpRequest.BodyPublishers.ofString(update))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(ConfigurableApplicationContext context) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(uri(context, "/actuator/health/readiness"))
                .build();
        for (int i = 0;
                i < 450
                        && http.send(ready, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort() + path);
    }
}
