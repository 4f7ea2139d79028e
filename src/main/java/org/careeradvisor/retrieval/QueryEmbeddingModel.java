package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * The live index's query embeddings as an {@link EmbeddingModel}, for comparing a message with example messages the
 * way the search compares it with the documents: a message is embedded as the dense search embeds it (query
 * instruction first, through the same cache), so classifying a question and searching for it cost one embedding; the
 * examples are embedded the same way, once, through their own disk cache.
 */
public class QueryEmbeddingModel implements EmbeddingModel {

    private final SearchIndexHolder indexes;
    private final EmbeddingModel examples;
    private final String instruction;

    /** @param examples embeds (and keeps) the example messages */
    public QueryEmbeddingModel(SearchIndexHolder indexes, EmbeddingModel examples, RetrievalProperties properties) {
        this.indexes = indexes;
        this.examples = examples;
        this.instruction = properties.queryInstruction();
    }

    @Override
    public Response<Embedding> embed(String text) {
        return Response.from(indexes.current().queryEmbedding(text));
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return examples.embedAll(segments.stream()
                .map(segment -> TextSegment.from(instruction + segment.text()))
                .toList());
    }

    @Override
    public int dimension() {
        return examples.dimension();
    }
}
