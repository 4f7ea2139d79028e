package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.Test;

/**
 * Embedding at indexing runs several batches at once on the ingest threads, hands them back in order, and gives each
 * text the vector the model gives it alone.
 */
class ParallelEmbedderTests {

    @Test
    void batchesRunOnEveryIngestThreadAndComeBackInOrderWithTheModelsVectors() {
        OnDiskIndexTests.CountingModel model = new OnDiskIndexTests.CountingModel(SharedIndex.model());
        Map<String, LuceneIndex.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5 * ParallelEmbedder.BATCH + 7; i++) {
            String text = "Statement number " + i + " about training and evaluating models";
            entries.put("k" + i, new LuceneIndex.Entry(LuceneIndex.Kind.STATEMENT, TextSegment.from(text), "f.md"));
        }
        List<String> handedBack = new ArrayList<>();
        Map<String, Embedding> vectors = new LinkedHashMap<>();
        try (ParallelEmbedder embedder = new ParallelEmbedder(model, 2)) {
            embedder.embed(entries, (batch, byText) -> {
                assertThat(Thread.currentThread().getName()).doesNotStartWith("knowledge-embedder");
                handedBack.addAll(batch.keySet());
                vectors.putAll(byText);
            });
        }
        assertThat(handedBack).containsExactlyElementsOf(entries.keySet());
        assertThat(model.passages.get()).isEqualTo(entries.size());
        assertThat(model.maxConcurrent.get()).as("batches embedded at once").isEqualTo(2);
        String sample = entries.get("k200").segment().text();
        float[] alone = SharedIndex.model().embed(sample).content().vector();
        float[] batched = vectors.get(sample).vector();
        for (int i = 0; i < alone.length; i++) {
            assertThat(batched[i]).isCloseTo(alone[i], org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void oneIngestThreadEmbedsOneBatchAtATime() {
        OnDiskIndexTests.CountingModel model = new OnDiskIndexTests.CountingModel(SharedIndex.model());
        Map<String, LuceneIndex.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3 * ParallelEmbedder.BATCH; i++) {
            entries.put("k" + i, new LuceneIndex.Entry(LuceneIndex.Kind.CHUNK, TextSegment.from("Chunk " + i), "f.md"));
        }
        try (ParallelEmbedder embedder = new ParallelEmbedder(model, 1)) {
            embedder.embed(entries, (batch, byText) -> assertThat(byText).hasSize(batch.size()));
        }
        assertThat(model.maxConcurrent.get()).isEqualTo(1);
        assertThat(model.passages.get()).isEqualTo(entries.size());
    }
}
