package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The limits cannot be walked around: other spellings of a limited path, chunked bodies, bodies on endpoints that
 * take none, and the endpoints that only read. Raw sockets, so that every byte of the request is exactly as an
 * attacker would send it. Each test speaks for its own client address (X-Forwarded-For from loopback, which the
 * native forward-headers strategy trusts), so the buckets of one test do not spill into another.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            "advisor.rate-limit.per-ip-per-minute=3",
            "advisor.rate-limit.other-per-ip-per-minute=5",
            "server.forward-headers-strategy=native"
        })
class RequestLimitsIntegrationTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);
    private static final String QUESTION = "{\"message\": \"What does an AI research manager do?\"}";

    @LocalServerPort
    int port;

    @BeforeEach
    void ready() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build();
        for (int i = 0;
                i < 450
                        && http.send(readiness, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/chat;x",
                "/api/ch%61t",
                "/api;a/chat",
                "/api/chat/stream;x",
                "/api/feedback;x",
                "/api/chat/stream%3B",
                "//api/chat",
                "/api/./chat",
                "/api/x/../chat"
            })
    void otherSpellingsOfALimitedPathAreRefusedWithA400ProblemAndReachNoHandler(String path) throws Exception {
        String client = client();
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/chat", QUESTION, client).status()).isEqualTo(200);
        }
        assertThat(post("/api/chat", QUESTION, client).status())
                .as("the limit of 3 a minute holds")
                .isEqualTo(429);

        Response other = post(
                path,
                path.contains("feedback")
                        ? "{\"conversationId\": \"a\", \"messageId\": \"b\", \"rating\": \"up\"}"
                        : QUESTION,
                client);

        assertThat(other.status()).as(path).isEqualTo(400);
        assertThat(other.header("content-type")).startsWith("application/problem+json");
        assertThat(other.body()).contains("\"status\":400", "request path").doesNotContain("answer", "Exception");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitWith413AndTheConnectionClosed() throws Exception {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\nX-Forwarded-For: " + client() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                chunk(out, "{\"message\": \"" + "x".repeat(32 * 1024));
                out.flush();
            } catch (java.net.SocketException refused) {
                // The server may answer and close before the whole chunk is written: its 413 is still there to read.
            }

            Response response = read(socket.getInputStream());

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("at most 16384 bytes");
            assertThat(response.header("connection")).isEqualToIgnoringCase("close");
            assertThat(sendUntilRefused(out, 40L << 20))
                    .as("the server stops reading long before 40 MB")
                    .isLessThan(40L << 20);
        }
    }

    @Test
    void aChunkedFormBodyOnAnEndpointThatTakesNoBodyIsNotBufferedEither() throws Exception {
        // Spring's form filter reads the whole body of a DELETE with form content: it must hit the cap too.
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("DELETE /api/conversations/abc HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nX-Forwarded-For: "
                            + client() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            chunk(out, "a=" + "x".repeat(32 * 1024));
            out.flush();

            Response response = read(socket.getInputStream());

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.header("content-type")).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /api/chat", "GET /api/roles", "POST /api/admin/reindex", "GET /"})
    void aContentLengthOverTheLimitIs413AtOnceOnEveryEndpoint(String request) throws Exception {
        long length = 40L << 20;
        try (Socket socket = socket()) {
            socket.getOutputStream()
                    .write((request + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + length + "\r\nX-Forwarded-For: " + client()
                                    + "\r\n\r\n{\"message\": \"")
                            .getBytes(StandardCharsets.US_ASCII));

            Response response = read(socket.getInputStream());

            assertThat(response.status()).as(request).isEqualTo(413);
            assertThat(response.body()).contains("Payload too large");
        }
    }

    @Test
    void historyErasureAndOtherReadsAreRateLimitedPerClientAddress() throws Exception {
        String client = client();
        for (int i = 0; i < 5; i++) {
            String path = "/api/conversations/probe-" + i + (i % 2 == 0 ? "/messages" : "");
            Response response = i % 2 == 0 ? request("GET " + path, client) : request("DELETE " + path, client);
            assertThat(response.status()).as(path).isEqualTo(404);
        }

        Response probe = request("GET /api/conversations/probe-5/messages", client);
        Response erase = request("DELETE /api/conversations/probe-6", client);
        Response roles = request("GET /api/roles", client);

        assertThat(probe.status()).isEqualTo(429);
        assertThat(Long.parseLong(probe.header("retry-after"))).isBetween(1L, 60L);
        assertThat(probe.header("content-type")).startsWith("application/problem+json");
        assertThat(erase.status()).isEqualTo(429);
        assertThat(roles.status()).isEqualTo(429);
        assertThat(request("GET /api/roles", client()).status())
                .as("another address is not affected")
                .isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsNotInvitedWith100ContinueButRefusedAtOnce() throws Exception {
        try (Socket socket = socket()) {
            socket.getOutputStream()
                    .write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + (40L << 20) + "\r\nExpect: 100-continue\r\nX-Forwarded-For: "
                                    + client() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));

            Response response = read(socket.getInputStream());

            assertThat(response.status())
                    .as("the first answer, before any body was sent")
                    .isEqualTo(413);
        }
    }

    @Test
    void aSmallBodyIsStillInvitedWith100ContinueAndAnswered() throws Exception {
        byte[] body = QUESTION.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = socket()) {
            socket.getOutputStream()
                    .write(("POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\nX-Forwarded-For: "
                                    + client()
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            Response invitation = read(socket.getInputStream());
            assertThat(invitation.status()).isEqualTo(100);
            socket.getOutputStream().write(body);

            assertThat(read(socket.getInputStream()).status()).isEqualTo(200);
        }
    }

    private static String client() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(15_000);
        return socket;
    }

    private Response post(String path, String json, String client) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = socket()) {
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + body.length + "\r\nX-Forwarded-For: " + client
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            return read(socket.getInputStream());
        }
    }

    private Response request(String requestLine, String client) throws IOException {
        try (Socket socket = socket()) {
            socket.getOutputStream()
                    .write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + client
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            return read(socket.getInputStream());
        }
    }

    private static void chunk(OutputStream out, String data) throws IOException {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Keeps sending chunks until the server refuses them; returns how many bytes went out. */
    private static long sendUntilRefused(OutputStream out, long max) {
        String piece = "y".repeat(64 * 1024);
        long sent = 0;
        try {
            while (sent < max) {
                chunk(out, piece);
                out.flush();
                sent += piece.length();
            }
        } catch (IOException refused) {
            return sent;
        }
        return sent;
    }

    /** The response's status, headers and body: the body as far as its Content-Length, or up to 64 KB. */
    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4
                    && bytes[n - 4] == '\r'
                    && bytes[n - 3] == '\n'
                    && bytes[n - 2] == '\r'
                    && bytes[n - 1] == '\n') {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        assertThat(lines[0]).as("a status line").startsWith("HTTP/1.1 ");
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        byte[] body;
        if (status == 100) {
            body = new byte[0]; // an interim answer has no body
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(in);
        } else {
            body = in.readNBytes(64 * 1024);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    size.append((char) b);
                }
            }
            int length = size.isEmpty()
                    ? 0
                    : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0 || b < 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

    private record Response(int status, java.util.Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
