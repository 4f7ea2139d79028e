package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real embedding model with a hand on the brake, for passages (never questions) that contain a marker word: it
 * counts how many it embedded, and after a set number it holds the next batch until released, or fails it when the
 * process is "killed", so a test can watch the service while a long embedding run is under way or cut short.
 */
final class GatedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final String marker;
    private final int passBeforeHolding;
    private final AtomicInteger embedded = new AtomicInteger();
    private final AtomicInteger admitted = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private volatile boolean killed;

    GatedEmbeddingModel(EmbeddingModel model, String marker, int passBeforeHolding) {
        this.model = model;
        this.marker = marker;
        this.passBeforeHolding = passBeforeHolding;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        long marked = segments.stream()
                .map(TextSegment::text)
                .filter(text -> text.contains(marker) && !text.startsWith(RetrievalProperties.BGE_QUERY_INSTRUCTION))
                .count();
        // Reserved on entry, so that batches embedded at once (the ingest threads) cannot all pass the gate.
        if (marked > 0 && admitted.addAndGet((int) marked) > passBeforeHolding) {
            holding.countDown();
            try {
                while (!killed && !released.await(50, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killed = true;
            }
        }
        if (marked > 0 && killed) {
            throw new IllegalStateException("the process was killed");
        }
        Response<List<Embedding>> response = model.embedAll(segments);
        embedded.addAndGet((int) marked);
        return response;
    }

    /** Waits until a batch is held (the texts allowed before it are embedded and cached). */
    boolean awaitHolding(long seconds) throws InterruptedException {
        return holding.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }

    /**
     * Fails the held batch and every later one with the marker, as a process killed mid-run would never finish them.
     */
    void kill() {
        killed = true;
    }

    /** Marked passages embedded so far. */
    int embedded() {
        return embedded.get();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
