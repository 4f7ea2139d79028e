package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An embedding model that embeds each text once: what is not in its disk cache is embedded in batches, and each batch
 * is written to the cache as soon as it is embedded, so a run that is killed or restarted resumes where it stopped.
 */
public class CachedEmbeddingModel implements EmbeddingModel {

    /** Big enough to keep every core busy (the ONNX model embeds a batch in parallel), small enough to lose little. */
    static final int BATCH = 64;

    private final EmbeddingModel model;
    private final EmbeddingCache disk;

    /** @param disk the cache this model's batches are written to */
    public CachedEmbeddingModel(EmbeddingModel model, EmbeddingCache disk) {
        this.model = model;
        this.disk = disk;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Map<String, Embedding> byText = embed(segments, done -> {});
        return Response.from(
                segments.stream().map(segment -> byText.get(segment.text())).toList());
    }

    /**
     * Each distinct text's embedding, from the cache or embedded now batch by batch.
     *
     * @param embedded told how many texts each batch embedded, after the batch is in the cache
     */
    public Map<String, Embedding> embed(List<TextSegment> segments, IntConsumer embedded) {
        Map<String, Embedding> byText = new LinkedHashMap<>();
        List<TextSegment> missing = new ArrayList<>();
        for (TextSegment segment : segments) {
            if (!byText.containsKey(segment.text())) {
                disk.get(segment.text()).ifPresentOrElse(embedding -> byText.put(segment.text(), embedding), () -> {
                    missing.add(segment);
                    byText.put(segment.text(), null);
                });
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<TextSegment> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Embedding> vectors = model.embedAll(batch).content();
            Map<String, Embedding> done = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                done.put(batch.get(i).text(), vectors.get(i));
            }
            disk.add(done);
            byText.putAll(done);
            embedded.accept(batch.size());
        }
        return byText;
    }

    /** How many of these texts are not in the cache yet. */
    public long missing(List<TextSegment> segments) {
        return segments.stream()
                .map(TextSegment::text)
                .distinct()
                .filter(text -> !disk.contains(text))
                .count();
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
