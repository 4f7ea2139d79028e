package org.careeradvisor.benchmark;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.careeradvisor.evaluation.EvaluationSet;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.IngestThroughput;
import org.careeradvisor.retrieval.RetrievalMode;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.SearchIndexHolder;

/**
 * {@code java -jar career-advisor-tools.jar scale [seconds] [--sizes=5,100,1000] [--image | --jvm-options=...]}: for
 * each size, generates that many roles from the shipped documents ({@link ScaleKnowledge}), starts the application jar
 * on them as a separate server with an empty index folder (cold indexing: time to ready, texts embedded and their
 * rate), stops it and starts it again on the index it wrote (ready with unchanged knowledge), measures resident memory
 * after load, {@code POST /api/chat} at 1 client (p50 / p99) and at 16 (throughput, p99) and resident memory after
 * that. In this process, on the index the server wrote, it measures the floor (one query embedding plus the statement
 * and section searches) and the HNSW search's recall against the exact search, and at the first size the ingest rate of
 * one thread embedding one text at a time against the parallel batches. The server's query-embedding cache holds 2, so
 * every request embeds its question, as the floor does. Every request goes to 127.0.0.1 and the run stops by itself.
 */
public final class ScaleCommand {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration COLD_TIMEOUT = Duration.ofMinutes(20);
    private static final Pattern EMBEDDED = Pattern.compile("Embedded (\\d+) texts in ([0-9.]+) s");
    private static final int INGEST_SAMPLE = 192;
    private static final int HEAP_FITS_ROLES = 300;
    private static final String LARGE_HEAP = "-Xmx384m";

    private ScaleCommand() {}

    /** One size's figures. */
    record Row(
            int roles,
            int statements,
            int chunks,
            double coldReady,
            int embedded,
            double embedSeconds,
            double warmReady,
            double rssAfterLoad,
            double heapAfterLoad,
            SustainedLoad.Result single,
            SustainedLoad.Result concurrent,
            double rssAfterLoadRun,
            double peakRss,
            double floorP50,
            double recall) {}

    public static int run(String[] args) throws Exception {
        PrintStream out = System.out;
        Duration run = Duration.ofSeconds(15);
        List<Integer> sizes = List.of(5, 100, 1000);
        List<String> jvmOptions = new ArrayList<>(JvmOptions.DEPLOYED);
        for (String arg : args) {
            if (arg.startsWith("--sizes=")) {
                sizes = Arrays.stream(arg.substring("--sizes=".length()).split(","))
                        .map(String::trim)
                        .map(Integer::parseInt)
                        .toList();
            } else if (arg.equals("--image")) {
                jvmOptions = new ArrayList<>(JvmOptions.IMAGE);
            } else if (arg.startsWith("--jvm-options=")) {
                String value = arg.substring("--jvm-options=".length()).trim();
                jvmOptions = new ArrayList<>(value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+")));
            } else {
                run = Duration.ofSeconds(Long.parseLong(arg));
            }
        }
        Path jar = ServerProcess.ownJar();
        List<String> questions = EvaluationSet.load().questions().stream()
                .map(EvaluationSet.Case::q)
                .toList();
        List<Row> rows = new ArrayList<>();
        List<String> heaps = new ArrayList<>();
        String ingest = "";
        EmbeddingModel model = null;
        for (int size : sizes) {
            Path knowledge = Files.createTempDirectory("career-advisor-scale-knowledge");
            ScaleKnowledge.generate(knowledge, size);
            Path cacheDir = Files.createTempDirectory("career-advisor-scale-cache");
            List<String> arguments = new ArrayList<>(ServerProcess.LIMITS_OFF);
            arguments.addAll(List.of(
                    "--advisor.knowledge.dir=" + knowledge,
                    "--advisor.knowledge.watch=false",
                    "--advisor.retrieval.query-cache-size=2",
                    "--logging.level.org.careeradvisor.retrieval.SearchIndexHolder=INFO"));
            List<String> options = heapFor(size, jvmOptions);
            heaps.add(size + " roles: "
                    + options.stream()
                            .filter(option -> option.startsWith("-Xmx"))
                            .findFirst()
                            .orElse("default heap"));
            System.err.printf(Locale.ROOT, "scale: %d roles, cold start%n", size);
            ServerProcess cold = ServerProcess.start(jar, cacheDir, arguments, options, JvmOptions.ENVIRONMENT);
            double coldReady;
            String coldLog;
            try {
                cold.awaitReady(COLD_TIMEOUT);
                coldReady = cold.awaitIndexed(COLD_TIMEOUT);
                coldLog = cold.log();
            } finally {
                cold.stop();
            }
            Matcher embedded = EMBEDDED.matcher(coldLog);
            int texts = 0;
            double embedSeconds = Double.NaN;
            if (embedded.find()) {
                texts = Integer.parseInt(embedded.group(1));
                embedSeconds = Double.parseDouble(embedded.group(2));
            }
            System.err.printf(Locale.ROOT, "scale: %d roles, restart on the index it wrote%n", size);
            ServerProcess server = ServerProcess.start(jar, cacheDir, arguments, options, JvmOptions.ENVIRONMENT);
            Row row;
            try {
                double warmReady = server.awaitReady();
                Thread.sleep(1000);
                ServerProcess.Memory loaded = server.memory();
                SustainedLoad load = new SustainedLoad(server.baseUri(), questions);
                load.run(1, WARM_UP, Duration.ZERO, false, 0);
                SustainedLoad.Result single = load.run(1, run, Duration.ZERO, false, 0);
                SustainedLoad.Result concurrent = load.run(16, run, Duration.ZERO, false, 0);
                ServerProcess.Memory after = server.memory();
                row = new Row(
                        size,
                        0,
                        0,
                        coldReady,
                        texts,
                        embedSeconds,
                        warmReady,
                        loaded.residentMiB(),
                        loaded.heapUsedMiB(),
                        single,
                        concurrent,
                        after.residentMiB(),
                        after.peakResidentMiB(),
                        Double.NaN,
                        Double.NaN);
            } finally {
                server.stop();
            }
            // In this process, on the index the server wrote (its lock is free once the server has stopped).
            if (model == null) {
                model = org.careeradvisor.retrieval.RetrievalConfiguration.inProcessEmbeddingModel();
            }
            RetrievalProperties properties = RetrievalProperties.of(Map.of("query-cache-size", 1));
            try (SearchIndexHolder holder = SearchIndexHolder.standalone(
                    KnowledgeProperties.of(
                            Map.of("dir", knowledge.toString(), "cache-dir", cacheDir.toString(), "watch", false)),
                    properties,
                    model)) {
                SearchIndex index = holder.rebuild();
                KnowledgeBase base = index.knowledge();
                double floor = floor(index, questions, run);
                double recall = index.approximateRecall(questions, properties.candidates());
                rows.add(new Row(
                        row.roles(),
                        base.statements().size(),
                        base.chunks().size(),
                        row.coldReady(),
                        row.embedded(),
                        row.embedSeconds(),
                        row.warmReady(),
                        row.rssAfterLoad(),
                        row.heapAfterLoad(),
                        row.single(),
                        row.concurrent(),
                        row.rssAfterLoadRun(),
                        row.peakRss(),
                        floor,
                        recall));
                if (ingest.isEmpty()) {
                    List<String> sample = base.statements().stream()
                            .map(Statement::segment)
                            .map(segment -> segment.text())
                            .limit(INGEST_SAMPLE)
                            .toList();
                    double[] rates = IngestThroughput.measure(model, sample, properties.ingestThreads());
                    ingest = String.format(
                            Locale.ROOT,
                            "Ingest, %d statements: one thread, one text at a time %.1f texts/s;"
                                    + " parallel batches of 64 on %d ingest threads %.1f texts/s (%.2fx)%n",
                            sample.size(),
                            rates[0],
                            properties.ingestThreads(),
                            rates[1],
                            rates[1] / rates[0]);
                }
            }
        }
        print(out, jar, jvmOptions, run, rows, ingest);
        out.println("Heap limit per size: " + String.join(", ", heaps));
        return rows.stream()
                        .allMatch(
                                row -> row.single().errors() + row.concurrent().errors() == 0)
                ? 0
                : 1;
    }

    /**
     * The deployed heap limit (128 MiB) holds the knowledge of a few hundred roles; a thousand roles' documents,
     * chunks, statements and term sets take about 130 MiB of live heap on their own (measured), so larger sizes run
     * with {@link #LARGE_HEAP}. The vectors are not on the heap at any size.
     */
    private static List<String> heapFor(int roles, List<String> options) {
        if (roles <= HEAP_FITS_ROLES || options.stream().noneMatch(option -> option.equals("-Xmx128m"))) {
            return options;
        }
        return options.stream()
                .map(option -> option.equals("-Xmx128m") ? LARGE_HEAP : option)
                .toList();
    }

    /**
     * The p50 of what a question costs at the least, in-process: its embedding (the cache holds one query, and the
     * questions follow one another, so each is embedded once) and the statement and section searches over all roles.
     */
    private static double floor(SearchIndex index, List<String> questions, Duration run) {
        Histogram nanos = new Histogram(3);
        long deadline = System.nanoTime()
                + Math.min(run.toNanos(), Duration.ofSeconds(10).toNanos());
        for (int round = 0; round < 2 || System.nanoTime() < deadline; round++) {
            for (String question : questions) {
                long started = System.nanoTime();
                index.statements(question, List.of());
                index.search(question, List.of(), RetrievalMode.HYBRID);
                if (round > 0) {
                    nanos.recordValue(System.nanoTime() - started);
                }
            }
        }
        return SustainedLoad.millis(nanos, 50);
    }

    private static void print(
            PrintStream out, Path jar, List<String> jvmOptions, Duration run, List<Row> rows, String ingest) {
        out.printf(
                Locale.ROOT,
                "%nCareer Advisor scale benchmark (%d cores, Java %s, %s)%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                java.time.LocalDate.now());
        out.printf(
                Locale.ROOT,
                "Server: %s, JVM options: %s, environment: %s, query cache 2, %d s per load run%n%n",
                jar,
                jvmOptions.isEmpty() ? "(JVM defaults)" : String.join(" ", jvmOptions),
                JvmOptions.ENVIRONMENT,
                run.toSeconds());
        out.print(
                "| roles | chunks + statements | cold start to indexed | texts embedded, rate | restart ready (unchanged) "
                        + "| RSS after load | RSS after 16 clients (peak) | 1 client p50 / p99 | 16 clients req/s, p99 | floor p50 "
                        + "| p50 / floor | HNSW recall@20 vs exact |\n");
        out.print("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %d | %d + %d | %.1f s | %d in %.1f s, %.1f/s | %.2f s | %.0f MiB | %.0f MiB (%.0f) "
                            + "| %.1f / %.1f ms | %.1f, %.1f ms | %.2f ms | %.2f | %.3f |%n",
                    row.roles(),
                    row.chunks(),
                    row.statements(),
                    row.coldReady(),
                    row.embedded(),
                    row.embedSeconds(),
                    row.embedded() / row.embedSeconds(),
                    row.warmReady(),
                    row.rssAfterLoad(),
                    row.rssAfterLoadRun(),
                    row.peakRss(),
                    row.single().p50(),
                    row.single().p99(),
                    row.concurrent().throughput(),
                    row.concurrent().p99(),
                    row.floorP50(),
                    row.single().p50() / row.floorP50(),
                    row.recall());
        }
        out.println();
        out.print(ingest);
        if (rows.size() > 1) {
            Row first = rows.get(0);
            for (Row row : rows.subList(1, rows.size())) {
                out.printf(
                        Locale.ROOT,
                        "%d roles against %d: p50 at 1 client %.2fx, throughput at 16 clients %.2fx%n",
                        row.roles(),
                        first.roles(),
                        row.single().p50() / first.single().p50(),
                        row.concurrent().throughput() / first.concurrent().throughput());
            }
        }
        Row small = rows.stream().filter(row -> row.roles() == 5).findFirst().orElse(null);
        Row large = rows.stream().filter(row -> row.roles() == 1000).findFirst().orElse(null);
        if (small != null) {
            out.printf(
                    Locale.ROOT,
                    "Target, 5 roles: p50 at 1 client at most 2x the floor: %.2fx (%s)%n",
                    small.single().p50() / small.floorP50(),
                    small.single().p50() <= 2 * small.floorP50() ? "met" : "missed");
        }
        if (large != null) {
            out.printf(
                    Locale.ROOT,
                    "Target, 1,000 roles: cold indexing at most 600 s: %.0f s (%s)%n",
                    large.coldReady(),
                    large.coldReady() <= 600 ? "met" : "missed");
            out.printf(
                    Locale.ROOT,
                    "Target, 1,000 roles: restart ready at most 5 s: %.2f s (%s)%n",
                    large.warmReady(),
                    large.warmReady() <= 5 ? "met" : "missed");
            out.printf(
                    Locale.ROOT,
                    "Target, 1,000 roles: resident memory after 16 clients at most 1024 MiB: %.0f MiB (%s)%n",
                    large.rssAfterLoadRun(),
                    large.rssAfterLoadRun() <= 1024 ? "met" : "missed");
            if (small != null) {
                out.printf(
                        Locale.ROOT,
                        "Target, 1,000 roles: p50 at 1 client at most 1.5x the 5-role p50: %.2fx (%s)%n",
                        large.single().p50() / small.single().p50(),
                        large.single().p50() <= 1.5 * small.single().p50() ? "met" : "missed");
                out.printf(
                        Locale.ROOT,
                        "Target, 1,000 roles: throughput at 16 clients at least 2/3 of the 5-role: %.2fx (%s)%n",
                        large.concurrent().throughput() / small.concurrent().throughput(),
                        large.concurrent().throughput() >= small.concurrent().throughput() * 2 / 3 ? "met" : "missed");
            }
        }
        rows.forEach(row -> {
            if (row.single().errors() + row.concurrent().errors() > 0) {
                out.printf(
                        Locale.ROOT,
                        "%d roles: errors %s / %s%n",
                        row.roles(),
                        row.single().errorKinds(),
                        row.concurrent().errorKinds());
            }
        });
    }
}
