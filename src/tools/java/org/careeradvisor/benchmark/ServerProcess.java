package org.careeradvisor.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A career advisor server started from the application jar in its own JVM on a free loopback port, to measure. */
final class ServerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** The service's abuse limits off: per-minute budgets and the cap on requests in progress per client address. */
    static final List<String> LIMITS_OFF =
            List.of("--advisor.rate-limit.enabled=false", "--advisor.connections.max-in-flight-per-client=0");
    /** Actuator's metrics need the admin token; each run makes up its own. */
    private static final String ADMIN_TOKEN = java.util.UUID.randomUUID().toString();

    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    private final Process process;
    private final Path log;
    private final URI baseUri;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerProcess(Process process, Path log, URI baseUri, long startedNanos) {
        this.process = process;
        this.log = log;
        this.baseUri = baseUri;
        this.startedNanos = startedNanos;
    }

    /**
     * The application jar this command runs in: the first entry of the class path (the tools launcher's only one, or
     * an extracted jar given before the tools jar), else the build's jar.
     */
    static Path ownJar() {
        String first = System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0];
        Path jar = first.endsWith(".jar") && !first.endsWith("-tools.jar")
                ? Path.of(first)
                : Path.of("target/career-advisor.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the jar first: ./mvnw -q package -DskipTests");
        }
        return jar;
    }

    static ServerProcess start(Path jar, Path cacheDir) throws IOException {
        return start(jar, cacheDir, LIMITS_OFF, List.of());
    }

    /**
     * @param extraArguments further Spring arguments, such as limits for a load test
     * @param jvmOptions     options for the server's JVM, such as a heap limit
     */
    static ServerProcess start(Path jar, Path cacheDir, List<String> extraArguments, List<String> jvmOptions)
            throws IOException {
        return start(jar, cacheDir, extraArguments, jvmOptions, java.util.Map.of());
    }

    /** @param environment further environment variables for the server, such as {@link JvmOptions#ENVIRONMENT} */
    static ServerProcess start(
            Path jar,
            Path cacheDir,
            List<String> extraArguments,
            List<String> jvmOptions,
            java.util.Map<String, String> environment)
            throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("career-advisor-bench", ".log");
        Path data = Files.createTempDirectory("career-advisor-bench-db");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--advisor.knowledge.cache-dir=" + cacheDir,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("advisor")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--management.endpoints.web.exposure.include=health,metrics",
                "--logging.level.root=WARN",
                "--advisor.admin.token=" + ADMIN_TOKEN));
        // The benchmark measures the service itself: callers pass the limits they want (off by default).
        command.addAll(extraArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ServerProcess(process, log, URI.create("http://127.0.0.1:" + port), System.nanoTime());
    }

    /** What the server has written to its standard output and error so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    URI baseUri() {
        return baseUri;
    }

    /** Seconds from process start until the readiness probe answers UP. */
    double awaitReady() throws InterruptedException {
        return awaitReady(READY_TIMEOUT);
    }

    /** Seconds from process start until the readiness probe answers UP, waiting at most this long. */
    double awaitReady(Duration timeout) throws InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(baseUri.resolve("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notListeningYet) {
                // the server socket is not open yet
            }
            Thread.sleep(50);
        }
        stop();
        throw new IllegalStateException("the server did not become ready");
    }

    /**
     * Seconds from process start until the indexing job is done (the whole knowledge indexed, not only the part that
     * may serve while a large file is embedded), read from {@code GET /api/admin/reindex}.
     */
    double awaitIndexed(Duration timeout) throws Exception {
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                String body = http.send(
                                HttpRequest.newBuilder(baseUri.resolve("/api/admin/reindex"))
                                        .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (body.contains("\"state\":\"done\"")) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
                if (body.contains("\"state\":\"failed\"")) {
                    throw new IllegalStateException("indexing failed: " + body);
                }
            } catch (IOException notListeningYet) {
                // not serving yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the knowledge was not indexed in time (or the server stopped)");
    }

    Memory memory() throws Exception {
        double heap = metric("jvm.memory.used?tag=area:heap");
        double nonHeap = metric("jvm.memory.used?tag=area:nonheap");
        double rss = 0;
        double peak = 0;
        Path status = Path.of("/proc/" + process.pid() + "/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        }
        return new Memory(heap / (1024 * 1024), nonHeap / (1024 * 1024), rss, peak);
    }

    /**
     * The committed memory per category from native memory tracking (the server must run with
     * {@code -XX:NativeMemoryTracking=summary}), through the JDK's {@code jcmd} beside this JVM's {@code java}.
     */
    String nativeMemorySummary() throws Exception {
        Path jcmd =
                Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "(no jcmd beside " + jcmd.getParent() + ": run the benchmark on a JDK)";
        }
        Process run = new ProcessBuilder(
                        jcmd.toString(), Long.toString(process.pid()), "VM.native_memory", "summary", "scale=MB")
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        StringBuilder summary = new StringBuilder("| category | committed |\n|---|---|\n");
        Matcher line = Pattern.compile(
                        "(?m)^\\s*(?:-\\s*)?([A-Za-z][A-Za-z ]*?):?\\s*\\(?reserved=\\d+MB, committed=(\\d+)MB")
                .matcher(output);
        while (line.find()) {
            if (line.group(1).equals("mmap")) {
                continue; // the mmap part of the total, not a category
            }
            summary.append("| ")
                    .append(line.group(1))
                    .append(" | ")
                    .append(line.group(2))
                    .append(" MiB |\n");
        }
        return summary.toString();
    }

    private double metric(String query) throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(baseUri.resolve("/actuator/metrics/" + query))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher matcher = VALUE.matcher(body);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Heap and non-heap in use, resident memory now and its peak since the process started ({@code VmHWM}). */
    record Memory(double heapUsedMiB, double nonHeapUsedMiB, double residentMiB, double peakResidentMiB) {}
}
