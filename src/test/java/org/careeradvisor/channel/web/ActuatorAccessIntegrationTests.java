package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, smaller holes: actuator on the main port (the default) shows anonymous callers only UP or DOWN, keeps
 * details, info and metrics for the admin token, and answers odd paths (a/../b gave a 500 and 9 KB of stack trace per
 * request) with a 400 problem and a rate-limited log line. Raw sockets, so that the paths reach the server as written.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR, "advisor.admin.token=actuator-admin-7"})
class ActuatorAccessIntegrationTests {

    static final List<String> ODD_PATHS = List.of(
            "/actuator/health/a/../b",
            "/actuator/health/..",
            "/actuator/health/./readiness",
            "/actuator/health;x",
            "/actuator/health/%2e%2e/b",
            "/actuator//health",
            "/actuator/health/readiness/../../info",
            "/actuator/info;a=b");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "Bearer actuator-admin-7";

    @LocalServerPort
    int port;

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0; i < 450 && get(port, "/actuator/health/readiness", null).status() != 200; i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void wrongAdminTokensAreLimitedPerAddressSoTheTokenCannotBeGuessedAtSpeed() throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < ActuatorAccessFilter.WRONG_TOKENS_PER_MINUTE + 2; i++) {
            statuses.add(get(port, "/actuator/info", "Bearer guess-" + i, "127.0.0.9")
                    .status());
        }
        assertThat(statuses.subList(0, ActuatorAccessFilter.WRONG_TOKENS_PER_MINUTE))
                .containsOnly(401);
        assertThat(statuses.subList(ActuatorAccessFilter.WRONG_TOKENS_PER_MINUTE, statuses.size()))
                .containsOnly(429);
        assertThat(get(port, "/actuator/info", "Bearer guess-again").status())
                .as("another address is not held up")
                .isEqualTo(401);
    }

    @Test
    void oddActuatorPathsGetA400ProblemAndAFewLogLinesWithoutStackTraces(CapturedOutput output) throws Exception {
        int logBefore = output.getAll().length();
        for (int round = 0; round < 10; round++) {
            for (String path : ODD_PATHS) {
                Response response = get(port, path, null);
                assertThat(response.status()).as(path).isEqualTo(400);
                assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
                assertThat(JSON.readTree(response.body()).get("title").asString())
                        .isEqualTo("Bad request path");
            }
        }

        String log = output.getAll().substring(logBefore);
        assertThat(log).doesNotContain("Exception", "\tat ", "must not be null");
        assertThat(log.lines().filter(line -> line.contains("odd path")).count())
                .as("log lines for 80 refused requests")
                .isBetween(1L, 3L);
    }

    @Test
    void anonymousHealthSaysOnlyUpOrDownAndTheAdminTokenShowsTheDetails() throws Exception {
        JsonNode health = JSON.readTree(get(port, "/actuator/health", null).body());
        JsonNode readiness =
                JSON.readTree(get(port, "/actuator/health/readiness", null).body());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(readiness.propertyNames()).containsExactly("status");
        for (String component :
                List.of("/actuator/health/db", "/actuator/health/diskSpace", "/actuator/health/searchIndex")) {
            Response hidden = get(port, component, null);
            assertThat(hidden.status()).as(component).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("H2", "path", "roles");
        }

        JsonNode detailed = JSON.readTree(get(port, "/actuator/health", ADMIN).body());
        assertThat(detailed.get("components")
                        .get("db")
                        .get("details")
                        .get("database")
                        .asString())
                .isEqualTo("H2");
        assertThat(detailed.get("components").get("diskSpace").get("details").has("path"))
                .isTrue();
        assertThat(JSON.readTree(get(port, "/actuator/health/readiness", ADMIN).body())
                        .get("components")
                        .has("searchIndex"))
                .isTrue();
    }

    @Test
    void infoPrometheusAndTheEndpointListNeedTheAdminToken() throws Exception {
        for (String path : List.of("/actuator/info", "/actuator/prometheus", "/actuator")) {
            Response anonymous = get(port, path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
            assertThat(anonymous.body()).doesNotContain("knowledge", "jvm_");
            assertThat(get(port, path, "Bearer wrong-token").status()).as(path).isEqualTo(401);
        }
        assertThat(JSON.readTree(get(port, "/actuator/info", ADMIN).body())
                        .get("knowledge")
                        .get("roles")
                        .asInt())
                .isEqualTo(5);
        assertThat(get(port, "/actuator/prometheus", ADMIN).body()).contains("jvm_memory_used_bytes");
    }

    /** A GET on its own connection, with the path sent exactly as given. */
    static Response get(int port, String path, String authorization) throws IOException {
        return get(port, path, authorization, "127.0.0.1");
    }

    /** The GET from a loopback address of its own ({@code 127.0.0.x}), as a client of its own. */
    static Response get(int port, String path, String authorization, String from) throws IOException {
        try (Socket socket = new Socket(
                java.net.InetAddress.getByName("127.0.0.1"), port, java.net.InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] raw = in.readAllBytes();
            int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            String head = new String(raw, 0, split, StandardCharsets.US_ASCII);
            byte[] body = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Response(Integer.parseInt(head.split(" ")[1]), head, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, crlf, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = from; i <= data.length - part.length; i++) {
            if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("malformed HTTP answer");
    }

    record Response(int status, String head, String body) {
        String header(String name) {
            return head.lines()
                    .filter(line -> line.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElse("");
        }
    }
}
