package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedding model that embeds each text once, for texts embedded at every start (the intent examples): they are
 * kept in their own disk cache, batch by batch, so a restart embeds only what changed.
 */
public class CachedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final EmbeddingCache disk;

    /** @param disk the cache this model's batches are saved to, apart from the knowledge's own */
    public CachedEmbeddingModel(EmbeddingModel model, EmbeddingCache disk) {
        this.model = model;
        this.disk = disk;
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
