package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Predicate;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Knowledge edits are answered within seconds without a restart; the admin API reports and reloads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeReloadIntegrationTests {

    private static final Path KNOWLEDGE = Path.of("target/reload-knowledge-" + UUID.randomUUID());
    private static final String TOKEN = "reload-admin-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(KNOWLEDGE.resolve("roles"));
        try (var roles = Files.list(Path.of("knowledge/roles"))) {
            for (Path role : roles.toList()) {
                Files.copy(
                        role,
                        KNOWLEDGE.resolve("roles").resolve(role.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        registry.add("advisor.knowledge.dir", KNOWLEDGE::toString);
        registry.add("advisor.knowledge.cache-dir", () -> SharedIndex.CACHE_DIR);
        registry.add("advisor.admin.token", () -> TOKEN);
        // The test polls the roles and the admin status every 100 ms; the per-address allowance for reads is not under
        // test here.
        registry.add("advisor.rate-limit.other-per-ip-per-minute", () -> "100000");
    }

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0;
                i < 450
                        && send(HttpRequest.newBuilder(uri("/actuator/health/readiness")))
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void anAddedEditedBrokenAndDeletedDocumentIsPickedUpWithoutARestart() throws Exception {
        assertThat(chat("What does a Data Steward earn?").get("grounded").asBoolean())
                .isFalse();

        Path steward = KNOWLEDGE.resolve("roles/nested/data-steward.md");
        Files.createDirectories(steward.getParent());
        Files.writeString(steward, """
                ---
                title: Data Steward
                ---
                # Data Steward
                ## Salary Ranges (US, 2025)
                - Median: $101,500 a year
                """);
        awaitRoles(roles -> roles.contains("data-steward"));
        assertThat(chat("What does a Data Steward earn?").get("answer").asString())
                .contains("$101,500");

        Files.writeString(steward, Files.readString(steward).replace("$101,500", "$104,000"));
        awaitAnswer("What does a Data Steward earn?", answer -> answer.contains("$104,000"));

        Files.writeString(steward, "---\n- a list, not a mapping\n---\n# Data Steward\n## Pay\n- $1\n");
        JsonNode status = awaitStatus(knowledge -> knowledge.get("parseErrors").has("roles/nested/data-steward.md"));
        assertThat(status.get("parseErrors").get("roles/nested/data-steward.md").asString())
                .contains("front matter");
        assertThat(chat("What does a Data Steward earn?").get("answer").asString())
                .as("previous version keeps serving")
                .contains("$104,000");

        Files.delete(steward);
        awaitRoles(roles -> !roles.contains("data-steward"));
        assertThat(chat("What does a Data Steward earn?").get("grounded").asBoolean())
                .isFalse();
    }

    @Test
    void theAdminApiNeedsTheTokenAndReindexes() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/knowledge"))).statusCode())
                .isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/reindex")).POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> reindexed = send(HttpRequest.newBuilder(uri("/api/admin/reindex"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reindexed.statusCode())
                .as("the reindex runs in the background")
                .isEqualTo(202);
        JsonNode job = JSON.readTree(reindexed.body());
        assertThat(job.get("state").asString()).isIn("queued", "running", "done");
        awaitStatus(knowledge ->
                knowledge.get("indexing").get("id").asLong() == job.get("id").asLong()
                        && knowledge.get("indexing").get("state").asString().equals("done"));

        JsonNode status = JSON.readTree(
                send(HttpRequest.newBuilder(uri("/api/admin/knowledge")).header("Authorization", "Bearer " + TOKEN))
                        .body());
        assertThat(status.get("roles").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(status.get("chunks").asInt()).isPositive();
        assertThat(status.get("lastIndexed").asString()).isNotBlank();
    }

    private void awaitRoles(Predicate<String> condition) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (condition.test(send(HttpRequest.newBuilder(uri("/api/roles"))).body())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the knowledge change was not picked up within 10 s");
    }

    private void awaitAnswer(String question, Predicate<String> condition) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (condition.test(chat(question).get("answer").asString())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the edit was not answered within 10 s");
    }

    private JsonNode awaitStatus(Predicate<JsonNode> condition) throws Exception {
        for (int i = 0; i < 100; i++) {
            JsonNode status = JSON.readTree(
                    send(HttpRequest.newBuilder(uri("/api/admin/knowledge")).header("Authorization", "Bearer " + TOKEN))
                            .body());
            if (condition.test(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the knowledge status was not reported within 10 s");
    }

    private JsonNode chat(String message) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"" + message + "\"}")))
                .body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
