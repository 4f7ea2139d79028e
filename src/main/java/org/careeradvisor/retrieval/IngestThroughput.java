package org.careeradvisor.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures how fast texts are embedded at indexing: one at a time on one thread (the plain loop) and the way the
 * holder embeds them ({@link ParallelEmbedder}: batches on the ingest threads), in texts per second.
 */
public final class IngestThroughput {

    private IngestThroughput() {}

    /**
     * Texts a second: {@code [0]} one at a time on one thread, {@code [1]} in parallel batches on this many threads.
     */
    public static double[] measure(EmbeddingModel model, List<String> texts, int threads) {
        long started = System.nanoTime();
        for (String text : texts) {
            model.embed(text);
        }
        double single = texts.size() / ((System.nanoTime() - started) / 1e9);
        Map<String, LuceneIndex.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            entries.put(
                    Integer.toString(i),
                    new LuceneIndex.Entry(LuceneIndex.Kind.STATEMENT, TextSegment.from(texts.get(i)), null));
        }
        int[] done = {0};
        started = System.nanoTime();
        try (ParallelEmbedder embedder = new ParallelEmbedder(model, threads)) {
            embedder.embed(entries, (batch, vectors) -> done[0] += vectors.size());
        }
        double parallel = done[0] / ((System.nanoTime() - started) / 1e9);
        return new double[] {single, parallel};
    }
}
