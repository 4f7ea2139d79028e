package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over a catalogue larger than a reply can list: the replies that name the roles it knows (a greeting,
 * "which role do you mean?", an unknown role) list the first dozen and say how many more there are. Found by the
 * scale benchmark: with a thousand roles such a reply ran to 160,000 characters and could not be stored (a 500).
 * A restart on the index the first run wrote embeds nothing and still answers.
 */
class LargeCatalogueIntegrationTests {

    private static final int ROLES = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void repliesListingTheRolesStayShortAndARestartOpensTheIndex() throws Exception {
        Path roles = Files.createDirectories(dir.resolve("knowledge/roles"));
        for (int i = 0; i < ROLES; i++) {
            String title =
                    "Harbour Crane Operator " + (char) ('A' + i % 26) + (i / 26 == 0 ? "" : "" + (char) ('A' + i / 26));
            Files.writeString(
                    roles.resolve("role-" + i + ".md"),
                    "---\ntitle: " + title + "\nsummary: Moves containers, shift "
                            + i + ".\n---\n# " + title + "\n## Duties\n- Lifts containers from ship " + i
                            + " onto the quay\n"
                            + "## Salary\n- Median: $" + (50_000 + i * 1_000) + " a year\n");
        }
        Files.writeString(
                roles.resolve("zz-harbour-pilot.md"),
                "---\ntitle: Harbour Pilot\nsummary: Steers ships into port.\n---\n"
                        + "# Harbour Pilot\n## Duties\n- Boards incoming ships and steers them to their berth\n");
        OnDiskIndexTests.CountingModel model = new OnDiskIndexTests.CountingModel(SharedIndex.model());
        String cache = dir.resolve("cache").toString();
        try (ConfigurableApplicationContext app = start(dir.resolve("knowledge"), cache, model)) {
            awaitReady(app);
            for (String message : new String[] {"Hello!", "What does it pay?", "What does a pastry chef earn?"}) {
                JsonNode reply = chat(app, message);
                String answer = reply.get("answer").asString();
                assertThat(answer)
                        .as(message)
                        .contains("Harbour Crane Operator A")
                        .contains("and " + (ROLES + 1 - 12) + " more roles")
                        .doesNotContain("Harbour Crane Operator Z");
                assertThat(answer.length()).isLessThan(3_000);
            }
            // A role without pay figures: the reply names a dozen of the roles that have them, not all 40.
            String pay =
                    chat(app, "What does a Harbour Pilot earn?").get("answer").asString();
            assertThat(pay)
                    .contains("Pay figures are in the documents of: Harbour Crane Operator A")
                    .contains(" and " + (ROLES - 12) + " more roles");
            assertThat(pay.length()).isLessThan(3_000);
        }
        int first = model.passages.get();
        assertThat(first).isGreaterThanOrEqualTo(ROLES);
        try (ConfigurableApplicationContext app = start(dir.resolve("knowledge"), cache, model)) {
            awaitReady(app);
            assertThat(model.passages.get()).as("texts embedded by the restart").isEqualTo(first);
            assertThat(chat(app, "What does a Harbour Crane Operator C earn?")
                            .get("answer")
                            .asString())
                    .contains("$52000");
        }
    }

    private static ConfigurableApplicationContext start(Path knowledge, String cacheDir, EmbeddingModel model) {
        return AppWithModel.start(knowledge, cacheDir, model);
    }

    private void awaitReady(ConfigurableApplicationContext app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (send(app, HttpRequest.newBuilder(uri(app, "/actuator/health/readiness")))
                        .statusCode()
                != 200) {
            assertThat(System.nanoTime()).as("ready in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private JsonNode chat(ConfigurableApplicationContext app, String message) throws Exception {
        HttpResponse<String> response = send(
                app,
                HttpRequest.newBuilder(uri(app, "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"" + message + "\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort() + path);
    }

    private HttpResponse<String> send(ConfigurableApplicationContext app, HttpRequest.Builder request)
            throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
