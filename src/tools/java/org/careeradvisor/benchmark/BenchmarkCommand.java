package org.careeradvisor.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.careeradvisor.evaluation.EvaluationSet;

/**
 * {@code java -jar career-advisor-tools.jar benchmark [seconds] [--image | --jvm-defaults | --jvm-options=...]
 * [--cds-archive=file] [--nmt]}: starts the application jar as a separate server on a free loopback port, measures cold
 * start to ready without and with the embedding cache, the latency and throughput of {@code POST /api/chat} at 1 and 16
 * concurrent clients (each for the given seconds, 15 by default), and the server's memory after the 16-client run. The
 * server runs with the JVM options and environment the README's run command and the image use ({@link
 * JvmOptions#DEPLOYED}) unless {@code --image} asks for the image's ({@link JvmOptions#IMAGE}), {@code --jvm-options}
 * gives other options or {@code --jvm-defaults} asks for neither (the JVM's defaults); {@code --cds-archive} adds a
 * class data sharing archive, {@code --nmt} turns on native memory tracking and prints its summary. Every request goes
 * to 127.0.0.1 and the run stops by itself.
 */
public final class BenchmarkCommand {

    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private BenchmarkCommand() {}

    public static int run(String[] args) throws Exception {
        PrintStream out = System.out;
        Duration run = Duration.ofSeconds(15);
        List<String> jvmOptions = new ArrayList<>(JvmOptions.DEPLOYED);
        java.util.Map<String, String> environment = JvmOptions.ENVIRONMENT;
        boolean nmt = false;
        for (String arg : args) {
            if (arg.equals("--image")) {
                jvmOptions = new ArrayList<>(JvmOptions.IMAGE);
            } else if (arg.equals("--jvm-defaults")) {
                jvmOptions = new ArrayList<>();
                environment = java.util.Map.of();
            } else if (arg.startsWith("--jvm-options=")) {
                String value = arg.substring("--jvm-options=".length()).trim();
                jvmOptions = new ArrayList<>(value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+")));
            } else if (arg.startsWith("--cds-archive=")) {
                jvmOptions.add("-XX:SharedArchiveFile=" + arg.substring("--cds-archive=".length()));
            } else if (arg.equals("--nmt")) {
                nmt = true;
            } else {
                run = Duration.ofSeconds(Long.parseLong(arg));
            }
        }
        if (nmt) {
            jvmOptions.add("-XX:NativeMemoryTracking=summary");
        }
        Path jar = ServerProcess.ownJar();
        List<String> questions = EvaluationSet.load().questions().stream()
                .map(EvaluationSet.Case::q)
                .toList();
        Path cacheDir = Files.createTempDirectory("career-advisor-bench-cache");

        ServerProcess cold = ServerProcess.start(jar, cacheDir, ServerProcess.LIMITS_OFF, jvmOptions, environment);
        double coldSeconds = cold.awaitReady();
        cold.stop();
        ServerProcess server = ServerProcess.start(jar, cacheDir, ServerProcess.LIMITS_OFF, jvmOptions, environment);
        double warmSeconds = server.awaitReady();
        try {
            SustainedLoad load = new SustainedLoad(server.baseUri(), questions);
            load.run(1, WARM_UP, Duration.ZERO, false, 0);
            SustainedLoad.Result single = load.run(1, run, Duration.ZERO, false, 0);
            SustainedLoad.Result concurrent = load.run(16, run, Duration.ZERO, false, 0);
            ServerProcess.Memory memory = server.memory();
            String nativeMemory = nmt ? server.nativeMemorySummary() : "";

            out.printf(
                    Locale.ROOT,
                    "%nCareer Advisor benchmark (%d cores, Java %s)%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            out.printf(
                    Locale.ROOT,
                    "Server: %s, JVM options: %s, environment: %s%n%n",
                    jar,
                    jvmOptions.isEmpty() ? "(JVM defaults)" : String.join(" ", jvmOptions),
                    environment);
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf(Locale.ROOT, "| cold start to ready, empty embedding cache | %.2f s |%n", coldSeconds);
            out.printf(Locale.ROOT, "| cold start to ready, warm embedding cache | %.2f s |%n", warmSeconds);
            print(out, single);
            print(out, concurrent);
            out.printf(Locale.ROOT, "| JVM heap used after the 16-client run | %.0f MiB |%n", memory.heapUsedMiB());
            out.printf(Locale.ROOT, "| JVM non-heap used | %.0f MiB |%n", memory.nonHeapUsedMiB());
            out.printf(
                    Locale.ROOT,
                    "| process resident memory (RSS) after the 16-client run | %.0f MiB |%n",
                    memory.residentMiB());
            out.printf(
                    Locale.ROOT, "| peak resident memory since start (VmHWM) | %.0f MiB |%n", memory.peakResidentMiB());
            if (nmt) {
                out.printf(
                        Locale.ROOT,
                        "%nNative memory tracking (committed; RSS minus the NMT total is memory the JVM does not"
                                + " track: the ONNX runtime, malloc arenas)%n%n%s%n",
                        nativeMemory);
            }
            return single.errors() + single.throttled() + concurrent.errors() + concurrent.throttled() == 0 ? 0 : 1;
        } finally {
            server.stop();
        }
    }

    private static void print(PrintStream out, SustainedLoad.Result result) {
        String clients = result.clients() + (result.clients() == 1 ? " client" : " clients");
        out.printf(
                Locale.ROOT,
                "| POST /api/chat, %s: p50 / p99 latency | %.1f ms / %.1f ms |%n",
                clients,
                result.p50(),
                result.p99());
        out.printf(
                Locale.ROOT,
                "| POST /api/chat, %s: throughput (%d requests, %d errors) | %.1f req/s |%n",
                clients,
                result.ok(),
                result.errors() + result.throttled(),
                result.throughput());
    }
}
