package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies nobody reads. An endpoint that takes no body answers without reading one, and Tomcat then reads
 * ("swallows") the rest of it, up to 2 MB, to keep the connection alive: after the filters, so outside the
 * per-address cap and the body deadline. A client trickling such bodies held every request thread that way. And a
 * multipart body was parsed by Spring through the container, past the body limit, on any endpoint. Raw sockets, the
 * attacker on 127.0.0.1 and the polite client on 127.0.0.2.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            // the per-minute budgets are not what is tested here
            "advisor.rate-limit.other-per-ip-per-minute=100000"
        })
class UnreadBodyIntegrationTests {

    private static final String ATTACKER = "127.0.0.1";
    private static final String POLITE = "127.0.0.2";

    @LocalServerPort
    int port;

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0; i < 450 && status(get(POLITE, "/actuator/health/readiness")) != 200; i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void bodiesTrickledToEndpointsThatReadNoneDoNotHoldTheThreadsAfterTheirAnswer() throws Exception {
        List<Socket> attack = new ArrayList<>();
        try {
            for (int i = 0; i < 250; i++) {
                Socket socket = connect(ATTACKER);
                // under the body limit, so nothing refuses it: the endpoint answers and leaves the body unread
                socket.getOutputStream()
                        .write(("GET " + (i % 2 == 0 ? "/api/roles" : "/") + " HTTP/1.1\r\n"
                                        + "Host: localhost\r\nContent-Length: 16000\r\n\r\nab")
                                .getBytes(StandardCharsets.US_ASCII));
                attack.add(socket);
            }
            List<Long> politeMillis = new ArrayList<>();
            List<Integer> politeStatuses = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (Socket socket : attack) {
                    trickle(socket);
                }
                long start = System.nanoTime();
                politeStatuses.add(status(get(POLITE, "/api/roles")));
                politeMillis.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(500);
            }
            System.out.println("Polite client while 250 unread bodies trickle (ms): " + politeMillis);

            assertThat(politeStatuses).as("the polite client is answered").containsOnly(200);
            assertThat(politeMillis).as("polite latencies in ms").allMatch(millis -> millis < 2000);
        } finally {
            for (Socket socket : attack) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyLeftUnreadIsNotWaitedForTheAnswerComesAndTheConnectionCloses() throws Exception {
        try (Socket socket = connect(POLITE)) {
            socket.getOutputStream()
                    .write(("GET /api/roles HTTP/1.1\r\nHost: localhost\r\nContent-Length: 16000\r\n\r\nab")
                            .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long waited = (System.nanoTime() - start) / 1_000_000;

            assertThat(answer)
                    .startsWith("HTTP/1.1 200")
                    .contains("Connection: close")
                    .contains("\"title\"");
            assertThat(waited).as("ms until the server closed the connection").isLessThan(2000);
        }
    }

    @Test
    void aMultipartBodyIsNotParsedPastTheLimitNorWaitedFor() throws Exception {
        try (Socket socket = connect(POLITE)) {
            byte[] part = ("--BB\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n" + "x".repeat(64 * 1024))
                    .getBytes(StandardCharsets.US_ASCII);
            // Headers and the first chunk in one write: the server may answer (and close) as soon as it has the
            // headers, and a second write after that would fail with a broken pipe.
            java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
            request.write(
                    ("GET /api/roles HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=BB\r\n"
                                    + "Transfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            request.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(part);
            request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            long start = System.nanoTime();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long waited = (System.nanoTime() - start) / 1_000_000;

            // the body (past the 16 KB limit, never finished) is not read: the roles come at once
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"title\"");
            assertThat(waited).as("ms until the answer and the close").isLessThan(2000);
        }
    }

    private Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static void trickle(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            if (in.available() > 0) {
                in.readNBytes(in.available());
            }
            socket.getOutputStream().write('x');
            socket.getOutputStream().flush();
        } catch (IOException closedByServer) {
            // what the fix does: the connection is closed instead of its body swallowed
        }
    }

    private String get(String from, String path) throws IOException {
        try (Socket socket = connect(from)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            in.readAllBytes();
            return line.toString(StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException timedOut) {
            return "timed out";
        }
    }

    private static int status(String statusLine) {
        String[] parts = statusLine.split(" ");
        return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1].strip()) : -1;
    }
}
