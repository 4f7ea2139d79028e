package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk Lucene index: a restart with unchanged knowledge opens it and embeds nothing; a changed file's new
 * texts are embedded and a removed file's texts leave the index; a damaged or partial index folder is rebuilt, never
 * served. Embedding calls are counted on the real model.
 */
class OnDiskIndexTests {

    private static final String SCIENTIST = "ai-research-scientist.md";
    private static final String MANAGER = "ai-research-manager.md";

    @TempDir
    Path dir;

    private Path knowledge;
    private Path cache;
    private final CountingModel model = new CountingModel(SharedIndex.model());

    @BeforeEach
    void twoShippedRoles() throws IOException {
        knowledge = Files.createDirectories(dir.resolve("knowledge/roles"));
        cache = dir.resolve("cache");
        for (String file : List.of(SCIENTIST, MANAGER)) {
            Files.copy(Path.of("knowledge/roles").resolve(file), knowledge.resolve(file));
        }
    }

    @Test
    void aRestartWithUnchangedKnowledgeOpensTheIndexAndEmbedsNothing() {
        List<String> before;
        int texts;
        try (SearchIndexHolder first = holder()) {
            SearchIndex index = first.rebuild();
            texts = index.knowledge().chunks().size()
                    + index.knowledge().statements().size();
            before = top(index, "What qualifications does a research scientist need?");
        }
        assertThat(model.passages.get()).isEqualTo(texts);
        assertThat(Files.isDirectory(cache.resolve("search-index"))).isTrue();

        model.passages.set(0);
        try (SearchIndexHolder second = holder()) {
            SearchIndex index = second.rebuild();
            assertThat(model.passages.get())
                    .as("texts embedded on a restart with unchanged knowledge")
                    .isZero();
            assertThat(index.embeddedNow()).isZero();
            assertThat(top(index, "What qualifications does a research scientist need?"))
                    .isEqualTo(before);
        }
    }

    @Test
    void aChangedFileIsReindexedAndARemovedOneLeavesTheIndex() throws IOException {
        try (SearchIndexHolder first = holder()) {
            first.rebuild();
        }
        Path scientist = knowledge.resolve(SCIENTIST);
        Files.writeString(
                scientist,
                Files.readString(scientist)
                        + "\n## Salary\n\n- An AI Research Scientist in Zurich earns CHF 187,654 a year\n");
        Files.delete(knowledge.resolve(MANAGER));
        model.passages.set(0);
        try (SearchIndexHolder second = holder()) {
            SearchIndex index = second.rebuild();
            // The new section's chunk and statement; nothing else of the file changed.
            assertThat(model.passages.get()).isBetween(1, 3);
            assertThat(index.statements(
                            "How much does a research scientist earn in Zurich?", List.of("ai-research-scientist")))
                    .extracting(hit -> hit.statement().quote())
                    .anyMatch(quote -> quote.contains("CHF 187,654"));
            assertThat(index.statements("research manager team leadership budget", List.of()))
                    .isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.statement().roleId()).isEqualTo("ai-research-scientist"));
            assertThat(index.search("research manager team leadership budget", List.of(), RetrievalMode.DENSE))
                    .isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.chunk().roleId()).isEqualTo("ai-research-scientist"));
        }
        model.passages.set(0);
        try (SearchIndexHolder third = holder()) {
            third.rebuild();
            assertThat(model.passages.get())
                    .as("the changes are in the index on disk")
                    .isZero();
        }
    }

    /** Builds the index on disk once and closes it: how many texts it holds. */
    private int indexOnce() {
        try (SearchIndexHolder first = holder()) {
            SearchIndex index = first.rebuild();
            return index.knowledge().chunks().size()
                    + index.knowledge().statements().size();
        }
    }

    @Test
    void aDamagedIndexIsRebuiltNeverServed() throws IOException {
        int texts = indexOnce();
        Path folder = cache.resolve("search-index");
        Path largest;
        try (Stream<Path> files = Files.list(folder)) {
            largest = files.filter(file -> !file.getFileName().toString().startsWith("segments"))
                    .max(Comparator.comparingLong(OnDiskIndexTests::size))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(largest, bytes);

        model.passages.set(0);
        try (SearchIndexHolder second = holder()) {
            SearchIndex index = second.rebuild();
            assertThat(model.passages.get())
                    .as("every text embedded again into a new index")
                    .isEqualTo(texts);
            assertThat(top(index, "What qualifications does a research scientist need?"))
                    .isNotEmpty();
        }
    }

    @Test
    void aPartialIndexFolderIsRebuilt() throws IOException {
        int texts = indexOnce();
        // As if the process died while the first commit was being written: data files, no commit point.
        try (Stream<Path> files = Files.list(cache.resolve("search-index"))) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.delete(file);
            }
        }
        model.passages.set(0);
        try (SearchIndexHolder second = holder()) {
            SearchIndex index = second.rebuild();
            assertThat(model.passages.get()).isEqualTo(texts);
            assertThat(top(index, "What qualifications does a research scientist need?"))
                    .isNotEmpty();
        }
    }

    @Test
    void aSearchOverAllRolesAboveTheThresholdWalksTheGraphAndFindsWhatTheExactSearchFinds() {
        String question = "What qualifications does a research scientist need?";
        List<String> exact;
        try (SearchIndexHolder first = holder()) {
            exact = top(first.rebuild(), question);
        }
        RetrievalProperties graph = RetrievalProperties.of(Map.of("exact-search-below", 0));
        try (SearchIndexHolder second = holder(graph)) {
            SearchIndex index = second.rebuild();
            assertThat(top(index, question)).isEqualTo(exact);
            assertThat(index.approximateRecall(
                            List.of(
                                    question,
                                    "How much does a research manager earn?",
                                    "Which tools and frameworks are used?"),
                            20))
                    .isGreaterThanOrEqualTo(0.99);
        }
    }

    private SearchIndexHolder holder() {
        return holder(RetrievalProperties.defaults());
    }

    private SearchIndexHolder holder(RetrievalProperties properties) {
        return SearchIndexHolder.standalone(
                KnowledgeProperties.of(
                        Map.of("dir", knowledge.getParent().toString(), "cache-dir", cache.toString(), "watch", false)),
                properties,
                model);
    }

    private static List<String> top(SearchIndex index, String question) {
        return index.statements(question, List.of()).stream()
                .map(hit -> hit.statement().id())
                .toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The real model, counting the passages (not queries) it embeds. */
    static final class CountingModel implements EmbeddingModel {

        final AtomicInteger passages = new AtomicInteger();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        private final EmbeddingModel model;

        CountingModel(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            int now = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            try {
                passages.addAndGet((int) segments.stream()
                        .filter(segment -> !segment.text().startsWith(RetrievalProperties.BGE_QUERY_INSTRUCTION))
                        .count());
                return model.embedAll(segments);
            } finally {
                concurrent.decrementAndGet();
            }
        }

        @Override
        public int dimension() {
            return 384;
        }
    }
}
