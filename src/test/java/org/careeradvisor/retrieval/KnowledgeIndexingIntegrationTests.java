package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A large knowledge file cannot wedge the service: a reindex answers at once and the index in service keeps answering
 * while the file is embedded; a start serves the files that are ready while a large one is embedded; a run cut short
 * is resumed from the embedding cache after a restart; files over the limits and symbolic links are skipped and shown.
 */
class KnowledgeIndexingIntegrationTests {

    private static final String TOKEN = "indexing-admin-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BIG_FILE = "roles/quasar-cartographer.md";
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path outside;

    @Test
    void reindexAnswersAtOnceAndTheOldIndexKeepsAnsweringWhileANewFileIsEmbedded() throws Exception {
        Path knowledge = shippedKnowledge();
        Files.writeString(
                knowledge.resolve("roles/huge-role.md"),
                "---\ntitle: Huge Role\n---\n## Duties\n"
                        + "- Writes one more line of the manual that nobody reads.\n".repeat(210 * 1024 / 55));
        Files.writeString(
                outside.resolve("secret.md"), "---\ntitle: Secret Agent\n---\n## Pay\n- Paid in unmarked gold bars\n");
        Files.createSymbolicLink(knowledge.resolve("roles/secret-agent.md"), outside.resolve("secret.md"));
        GatedEmbeddingModel model = new GatedEmbeddingModel(SharedIndex.model(), "Steward", 0);

        try (ConfigurableApplicationContext app = start(knowledge, SharedIndex.CACHE_DIR, model)) {
            awaitReady(app, Duration.ofSeconds(120));
            assertThat(send(app, get(app, "/api/admin/knowledge")).statusCode()).isEqualTo(401);
            assertThat(send(app, get(app, "/api/admin/reindex")).statusCode()).isEqualTo(401);

            // Over the size limit, and a link out of the folder: neither is served, both are shown to the admin.
            HttpResponse<String> status = send(app, admin(get(app, "/api/admin/knowledge")));
            JsonNode skipped = JSON.readTree(status.body()).get("skipped");
            assertThat(skipped.get("roles/huge-role.md").asString()).contains("over the 200 KB limit");
            assertThat(skipped.get("roles/secret-agent.md").asString()).contains("outside the knowledge folder");
            assertThat(status.body())
                    .doesNotContain(outside.toString())
                    .doesNotContain(knowledge.toAbsolutePath().toString());
            assertThat(send(app, get(app, "/api/roles")).body())
                    .contains("machine-learning-data-architect")
                    .doesNotContain("huge-role")
                    .doesNotContain("secret-agent");
            assertThat(chat(app, "How is a Secret Agent paid?").toString()).doesNotContain("gold bars");

            Files.writeString(knowledge.resolve("roles/data-steward.md"), steward());
            long asked = System.nanoTime();
            HttpResponse<String> reindex = send(app, admin(post(app, "/api/admin/reindex")));
            long answeredMs = (System.nanoTime() - asked) / 1_000_000;
            assertThat(reindex.statusCode()).isEqualTo(202);
            JsonNode job = JSON.readTree(reindex.body());
            assertThat(job.get("state").asString()).isIn("queued", "running");
            assertThat(model.awaitHolding(30))
                    .as("the new file is being embedded")
                    .isTrue();

            JsonNode again = JSON.readTree(
                    send(app, admin(post(app, "/api/admin/reindex"))).body());
            assertThat(again.get("id").asLong())
                    .as("a second reindex reports the running job")
                    .isEqualTo(job.get("id").asLong());
            assertThat(again.get("state").asString()).isEqualTo("running");
            JsonNode running = JSON.readTree(
                    send(app, admin(get(app, "/api/admin/reindex"))).body());
            assertThat(running.get("state").asString()).isEqualTo("running");
            assertThat(running.get("progress").get("filesTotal").asInt()).isEqualTo(1);
            assertThat(running.get("progress").get("segmentsTotal").asInt()).isGreaterThan(60);
            assertThat(running.get("progress").get("segmentsDone").asInt()).isZero();
            assertThat(JSON.readTree(send(app, admin(get(app, "/api/admin/knowledge")))
                                    .body())
                            .get("indexing")
                            .get("state")
                            .asString())
                    .isEqualTo("running");

            // Meanwhile every question is answered from the index in service.
            long chatStarted = System.nanoTime();
            JsonNode pay = chat(app, "What does a Machine Learning Data Architect earn?");
            long chatMs = (System.nanoTime() - chatStarted) / 1_000_000;
            assertThat(pay.get("grounded").asBoolean()).isTrue();
            assertThat(pay.get("answer").asString()).contains("$");
            assertThat(chat(app, "What does a Data Steward earn?").get("answer").asString())
                    .doesNotContain("$101,500");

            model.release();
            JsonNode done =
                    awaitJob(app, state -> state.get("state").asString().equals("done"), Duration.ofSeconds(120));
            assertThat(done.get("progress").get("segmentsDone").asInt())
                    .isEqualTo(done.get("progress").get("segmentsTotal").asInt());
            assertThat(chat(app, "What does a Data Steward earn?").get("answer").asString())
                    .contains("$101,500");
            System.out.printf("reindex answered in %d ms; a chat during the reload in %d ms%n", answeredMs, chatMs);
        }
    }

    @Test
    void aStartServesTheReadyFilesWhileALargeOneIsEmbeddedAndARestartResumesFromTheCache() throws Exception {
        Path knowledge = shippedKnowledge();
        Files.writeString(knowledge.resolve(BIG_FILE), bigFile());
        int bigTexts = texts(knowledge, BIG_FILE);
        assertThat(bigTexts).isGreaterThan(SearchIndexHolder.LARGE_FILE + 2 * CachedEmbeddingModel.BATCH);
        String cache = "target/indexing-cache-" + UUID.randomUUID();
        warmFromSharedCache(Path.of(cache));
        int cutShortAfter = 2 * CachedEmbeddingModel.BATCH;

        GatedEmbeddingModel first = new GatedEmbeddingModel(SharedIndex.model(), "Quasar", cutShortAfter);
        try (ConfigurableApplicationContext app = start(knowledge, cache, first)) {
            awaitReady(app, Duration.ofSeconds(120));
            assertThat(first.awaitHolding(60)).isTrue();
            assertThat(chat(app, "What does a Machine Learning Data Architect earn?")
                            .get("grounded")
                            .asBoolean())
                    .as("the shipped roles answer while the large file is embedded")
                    .isTrue();
            JsonNode job = JSON.readTree(
                    send(app, admin(get(app, "/api/admin/reindex"))).body());
            assertThat(job.get("trigger").asString()).isEqualTo("start-up");
            assertThat(job.get("state").asString()).isEqualTo("running");
            assertThat(job.get("progress").get("filesDone").asInt())
                    .isEqualTo(job.get("progress").get("filesTotal").asInt() - 1);
            first.kill();
            awaitJob(app, state -> state.get("state").asString().equals("failed"), Duration.ofSeconds(30));
        }
        assertThat(first.embedded()).isEqualTo(cutShortAfter);

        GatedEmbeddingModel second = new GatedEmbeddingModel(SharedIndex.model(), "Quasar", 0);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = start(knowledge, cache, second)) {
            awaitReady(app, Duration.ofSeconds(60));
            long readyMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(second.awaitHolding(30)).isTrue();
            assertThat(chat(app, "What does a Machine Learning Data Architect earn?")
                            .get("grounded")
                            .asBoolean())
                    .as("after a restart the cached files answer at once")
                    .isTrue();
            JsonNode job = JSON.readTree(
                    send(app, admin(get(app, "/api/admin/reindex"))).body());
            assertThat(job.get("progress").get("filesTotal").asInt())
                    .as("only the large file is left")
                    .isEqualTo(1);
            assertThat(job.get("progress").get("segmentsTotal").asInt()).isEqualTo(bigTexts - cutShortAfter);

            second.release();
            awaitJob(app, state -> state.get("state").asString().equals("done"), Duration.ofSeconds(120));
            assertThat(second.embedded())
                    .as("what the first run embedded is not embedded again")
                    .isEqualTo(bigTexts - cutShortAfter);
            assertThat(send(app, get(app, "/api/roles")).body()).contains("quasar-cartographer");
            System.out.printf(
                    "restart ready in %d ms with %d of %d texts of the large file still to embed%n",
                    readyMs, bigTexts - cutShortAfter, bigTexts);
        }
    }

    /** The shipped roles' index, when another test has made it already: only the large file matters here. */
    private static void warmFromSharedCache(Path cache) throws IOException {
        Files.createDirectories(cache);
        Path shared = Path.of(SharedIndex.CACHE_DIR).resolve("search-index");
        if (Files.isDirectory(shared)) {
            Path copy = cache.resolve("search-index");
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(shared)) {
                for (Path file : files.filter(
                                file -> !file.getFileName().toString().equals("write.lock"))
                        .toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
    }

    private Path shippedKnowledge() throws IOException {
        Path knowledge = outside.resolve("knowledge-" + UUID.randomUUID());
        Files.createDirectories(knowledge.resolve("roles"));
        try (Stream<Path> roles = Files.list(Path.of("knowledge/roles"))) {
            for (Path role : roles.toList()) {
                Files.copy(role, knowledge.resolve("roles").resolve(role.getFileName()));
            }
        }
        return knowledge;
    }

    private static String steward() {
        StringBuilder text =
                new StringBuilder("---\ntitle: Data Steward\n---\n# Data Steward\n## Salary Ranges (US, 2025)\n"
                        + "- Median: $101,500 a year\n## Duties\n");
        for (int i = 1; i <= 80; i++) {
            text.append("- Keeps the definition of business term number ")
                    .append(i)
                    .append(" current for the Steward council\n");
        }
        return text.toString();
    }

    private static String bigFile() {
        StringBuilder text =
                new StringBuilder("---\ntitle: Quasar Cartographer\n---\n# Quasar Cartographer\n## Duties\n");
        for (int i = 1; i <= 480; i++) {
            text.append("- Charts Quasar sector ")
                    .append(i)
                    .append(" and files the survey of its ")
                    .append(i % 7 + 2)
                    .append(" brightest emission lines\n");
        }
        return text.toString();
    }

    /** The distinct texts (chunks and statements) one file gives, the way the index embeds them. */
    private static int texts(Path knowledge, String file) {
        KnowledgeBase loaded = new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", knowledge.toString()))).load();
        return (int) Stream.concat(
                        loaded.chunks().stream()
                                .filter(chunk -> chunk.sourceFile().equals(file))
                                .map(chunk -> chunk.segment().text()),
                        loaded.statements().stream()
                                .filter(statement -> statement.sourceFile().equals(file))
                                .map(statement -> statement.segment().text()))
                .distinct()
                .count();
    }

    private static ConfigurableApplicationContext start(Path knowledge, String cacheDir, EmbeddingModel model) {
        return AppWithModel.start(
                knowledge,
                cacheDir,
                model,
                "--advisor.knowledge.max-file-size=200KB",
                "--advisor.admin.token=" + TOKEN);
    }

    private void awaitReady(ConfigurableApplicationContext app, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (send(app, get(app, "/actuator/health/readiness")).statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready within %s", within).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private JsonNode awaitJob(ConfigurableApplicationContext app, Predicate<JsonNode> condition, Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonNode job = JSON.readTree(
                    send(app, admin(get(app, "/api/admin/reindex"))).body());
            if (condition.test(job)) {
                return job;
            }
            assertThat(System.nanoTime())
                    .as("the job %s reached the state wanted within %s", job, within)
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private JsonNode chat(ConfigurableApplicationContext app, String message) throws Exception {
        HttpResponse<String> response = send(
                app,
                post(app, "/api/chat")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"" + message + "\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder get(ConfigurableApplicationContext app, String path) {
        return HttpRequest.newBuilder(uri(app, path));
    }

    private static HttpRequest.Builder post(ConfigurableApplicationContext app, String path) {
        return HttpRequest.newBuilder(uri(app, path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort() + path);
    }

    private static HttpRequest.Builder admin(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    /** No request may take long, whatever the indexer is doing. */
    private HttpResponse<String> send(ConfigurableApplicationContext app, HttpRequest.Builder request)
            throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
