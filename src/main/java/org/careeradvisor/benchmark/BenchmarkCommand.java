package org.careeradvisor.benchmark;

import org.careeradvisor.evaluation.EvaluationSet;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar career-advisor.jar benchmark [seconds]}: starts this jar as a separate server on a free loopback
 * port, measures cold start to ready without and with the embedding cache, the latency and throughput of
 * {@code POST /api/chat} at 1 and 16 concurrent clients (each for the given seconds, 15 by default), and the
 * server's memory after warm-up.
 * Every request goes to 127.0.0.1 and the run stops by itself.
 */
public final class BenchmarkCommand {

    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private BenchmarkCommand() {
    }

    public static int run(String[] args) throws Exception {
        PrintStream out = System.out;
        Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 15);
        Path jar = ServerProcess.ownJar();
        List<String> questions = EvaluationSet.load().questions().stream().map(EvaluationSet.Case::q).toList();
        Path cacheDir = Files.createTempDirectory("career-advisor-bench-cache");

        ServerProcess cold = ServerProcess.start(jar, cacheDir);
        double coldSeconds = cold.awaitReady();
        cold.stop();
        ServerProcess server = ServerProcess.start(jar, cacheDir);
        double warmSeconds = server.awaitReady();
        try {
            SustainedLoad load = new SustainedLoad(server.baseUri(), questions);
            load.run(1, WARM_UP, Duration.ZERO, false, 0);
            SustainedLoad.Result single = load.run(1, run, Duration.ZERO, false, 0);
            SustainedLoad.Result concurrent = load.run(16, run, Duration.ZERO, false, 0);
            ServerProcess.Memory memory = server.memory();

            out.printf(Locale.ROOT, "%nCareer Advisor benchmark (%d cores, Java %s)%n%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf(Locale.ROOT, "| cold start to ready, empty embedding cache | %.2f s |%n", coldSeconds);
            out.printf(Locale.ROOT, "| cold start to ready, warm embedding cache | %.2f s |%n", warmSeconds);
            print(out, single);
            print(out, concurrent);
            out.printf(Locale.ROOT, "| JVM heap used after warm-up | %.0f MiB |%n", memory.heapUsedMiB());
            out.printf(Locale.ROOT, "| JVM non-heap used | %.0f MiB |%n", memory.nonHeapUsedMiB());
            out.printf(Locale.ROOT, "| process resident memory (RSS) | %.0f MiB |%n", memory.residentMiB());
            return single.errors() + single.throttled() + concurrent.errors() + concurrent.throttled() == 0 ? 0 : 1;
        } finally {
            server.stop();
        }
    }

    private static void print(PrintStream out, SustainedLoad.Result result) {
        String clients = result.clients() + (result.clients() == 1 ? " client" : " clients");
        out.printf(Locale.ROOT, "| POST /api/chat, %s: p50 / p99 latency | %.1f ms / %.1f ms |%n", clients, result.p50(), result.p99());
        out.printf(Locale.ROOT, "| POST /api/chat, %s: throughput (%d requests, %d errors) | %.1f req/s |%n", clients,
                result.ok(), result.errors() + result.throttled(), result.throughput());
    }
}
