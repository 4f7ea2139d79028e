package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds the knowledge's texts at indexing in batches, several batches at once on the ingest threads (each batch is
 * itself spread over the cores by the in-process model), and hands the batches back in order on the calling thread,
 * which adds them to the index while the next ones are embedded.
 */
final class ParallelEmbedder implements AutoCloseable {

    /** Texts per batch: enough to keep the cores busy, little to lose when a run is cut short. */
    static final int BATCH = CachedEmbeddingModel.BATCH;

    /** What to do with each batch once it is embedded, in order, on the thread that called {@link #embed}. */
    interface BatchConsumer {
        void accept(Map<String, LuceneIndex.Entry> batch, Map<String, Embedding> byText);
    }

    private final EmbeddingModel model;
    private final int threads;
    private final ExecutorService pool;

    ParallelEmbedder(EmbeddingModel model, int threads) {
        this.model = model;
        this.threads = Math.max(1, threads);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, task -> {
            Thread thread = new Thread(task, "knowledge-embedder-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Embeds every entry, at most one batch per ingest thread in flight (plus the one being handed back). */
    void embed(Map<String, LuceneIndex.Entry> entries, BatchConsumer consumer) {
        List<Map<String, LuceneIndex.Entry>> batches = new ArrayList<>();
        Map<String, LuceneIndex.Entry> batch = new LinkedHashMap<>();
        for (Map.Entry<String, LuceneIndex.Entry> entry : entries.entrySet()) {
            batch.put(entry.getKey(), entry.getValue());
            if (batch.size() == BATCH) {
                batches.add(batch);
                batch = new LinkedHashMap<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        Deque<Future<Map<String, Embedding>>> inFlight = new ArrayDeque<>();
        int next = 0;
        int handedBack = 0;
        try {
            while (handedBack < batches.size()) {
                while (next < batches.size() && inFlight.size() < threads) {
                    Map<String, LuceneIndex.Entry> toEmbed = batches.get(next++);
                    inFlight.add(pool.submit(() -> embed(toEmbed)));
                }
                Map<String, Embedding> vectors = inFlight.removeFirst().get();
                consumer.accept(batches.get(handedBack++), vectors);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing stopped: the application is shutting down", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            inFlight.forEach(future -> future.cancel(true));
        }
    }

    private Map<String, Embedding> embed(Map<String, LuceneIndex.Entry> batch) {
        List<TextSegment> segments =
                batch.values().stream().map(LuceneIndex.Entry::segment).toList();
        List<Embedding> vectors = model.embedAll(segments).content();
        Map<String, Embedding> byText = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            byText.put(segments.get(i).text(), vectors.get(i));
        }
        return byText;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
