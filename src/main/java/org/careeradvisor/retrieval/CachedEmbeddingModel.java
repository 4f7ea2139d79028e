package org.careeradvisor.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedding model that embeds each text once: a batch (the intent examples) is kept in its own disk cache, so a
 * restart embeds only what changed, and single texts (the messages classified) are remembered in memory.
 */
public class CachedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final EmbeddingCache disk;
    private final Cache<String, Embedding> recent;

    /** @param disk the cache this model's batches are saved to, apart from the knowledge's own */
    public CachedEmbeddingModel(EmbeddingModel model, EmbeddingCache disk, int remembered) {
        this.model = model;
        this.disk = disk;
        this.recent = Caffeine.newBuilder().maximumSize(remembered).build();
    }

    @Override
    public Response<Embedding> embed(String text) {
        return Response.from(recent.get(text, key -> model.embed(key).content()));
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Map<String, Embedding> byText = new LinkedHashMap<>();
        List<TextSegment> missing = new ArrayList<>();
        for (TextSegment segment : segments) {
            disk.get(segment.text()).ifPresentOrElse(embedding -> byText.put(segment.text(), embedding), () -> missing.add(segment));
        }
        if (!missing.isEmpty()) {
            List<Embedding> embedded = model.embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                byText.put(missing.get(i).text(), embedded.get(i));
            }
            // The classifier embeds one intent's examples at a time: each batch is added, none replaces another.
            disk.add(byText);
        }
        return Response.from(segments.stream().map(segment -> byText.get(segment.text())).toList());
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
