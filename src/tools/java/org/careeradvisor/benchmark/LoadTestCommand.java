package org.careeradvisor.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.careeradvisor.evaluation.EvaluationSet;

/**
 * {@code java -jar career-advisor-tools.jar loadtest [seconds]}: a sustained run against the packaged jar at 16 and at
 * 64 concurrent clients in many conversations (limits off), with memory before and after, then a run with the default
 * limits on where a few abusive clients hammer one conversation each while paced clients are served.
 */
public final class LoadTestCommand {

    /** The options the service is launched with, so memory figures show whether use levels off under its heap limit. */
    static final List<String> HEAP = JvmOptions.DEPLOYED;

    private LoadTestCommand() {}

    public static int run(String[] args) throws Exception {
        PrintStream out = System.out;
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        Path jar = ServerProcess.ownJar();
        List<String> questions = EvaluationSet.load().questions().stream()
                .map(EvaluationSet.Case::q)
                .toList();
        Path cache = Files.createTempDirectory("career-advisor-load-cache");
        int unexpected = 0;

        out.printf(
                Locale.ROOT,
                "%nSustained load, %d s per run, limits off (2 cores, server heap %s)%n%n",
                duration.toSeconds(),
                HEAP);
        out.println(
                "| clients | requests ok | errors | throughput | p50 | p95 | p99 | heap before / after | RSS before / after |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        ServerProcess server = ServerProcess.start(jar, cache, ServerProcess.LIMITS_OFF, HEAP, JvmOptions.ENVIRONMENT);
        try {
            server.awaitReady();
            SustainedLoad load = new SustainedLoad(server.baseUri(), questions);
            load.run(4, Duration.ofSeconds(10), Duration.ZERO, false, 0);
            for (int clients : new int[] {16, 64}) {
                ServerProcess.Memory before = server.memory();
                SustainedLoad.Result result = load.run(clients, duration, Duration.ZERO, false, 0);
                ServerProcess.Memory after = server.memory();
                unexpected += result.errors() + result.throttled();
                if (!result.errorKinds().isEmpty()) {
                    out.println("Errors by kind at " + clients + " clients: " + result.errorKinds());
                }
                out.printf(
                        Locale.ROOT,
                        "| %d | %d | %d | %.1f req/s | %.0f ms | %.0f ms | %.0f ms | %.0f / %.0f MiB | %.0f / %.0f MiB |%n",
                        clients,
                        result.ok(),
                        result.errors() + result.throttled(),
                        result.throughput(),
                        result.p50(),
                        result.p95(),
                        result.p99(),
                        before.heapUsedMiB(),
                        after.heapUsedMiB(),
                        before.residentMiB(),
                        after.residentMiB());
            }
        } finally {
            server.stop();
        }

        out.printf(
                Locale.ROOT,
                "%nDefault limits on (20 messages a minute per conversation, 60 a minute per client IP), %d s%n%n",
                duration.toSeconds());
        out.println("| clients | requests ok | throttled (429) | other errors |");
        out.println("|---|---|---|---|");
        ServerProcess limited = ServerProcess.start(
                jar, cache, List.of("--server.forward-headers-strategy=framework"), HEAP, JvmOptions.ENVIRONMENT);
        try {
            limited.awaitReady();
            SustainedLoad load = new SustainedLoad(limited.baseUri(), questions);
            var abusive = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> call(() -> load.run(4, duration, Duration.ZERO, true, 100)));
            SustainedLoad.Result paced = load.run(12, duration, Duration.ofSeconds(3), false, 0);
            SustainedLoad.Result hammering = abusive.get();
            unexpected += paced.errors() + paced.throttled() + hammering.errors();
            out.printf(
                    Locale.ROOT,
                    "| 12 paced (one message every 3 s, new conversation every 5) | %d | %d | %d |%n",
                    paced.ok(),
                    paced.throttled(),
                    paced.errors());
            out.printf(
                    Locale.ROOT,
                    "| 4 abusive (as fast as possible, one conversation each) | %d | %d | %d |%n",
                    hammering.ok(),
                    hammering.throttled(),
                    hammering.errors());
            out.println("Other errors by kind: paced " + paced.errorKinds() + ", abusive " + hammering.errorKinds());
        } finally {
            limited.stop();
        }
        out.printf(Locale.ROOT, "%nUnexpected errors (anything but 429 for abusive clients): %d%n", unexpected);
        return unexpected == 0 ? 0 : 1;
    }

    private static <T> T call(java.util.concurrent.Callable<T> callable) {
        try {
            return callable.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
