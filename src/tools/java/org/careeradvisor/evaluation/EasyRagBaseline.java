package org.careeradvisor.evaluation;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The naive RAG baseline the advisor must beat, with LangChain4j EasyRAG's defaults: each file split into recursive
 * 300-token segments with 30 tokens of overlap, bge-small-en-v1.5 embeddings without a query instruction, the top 3
 * segments retrieved, no answer composed. A question counts as answered when its facts are in those raw segments.
 */
public class EasyRagBaseline {

    private static final int TOP = 3;

    private final EmbeddingStoreContentRetriever retriever;
    private final int segments;

    public EasyRagBaseline(Path knowledge, EmbeddingModel model) throws IOException {
        List<TextSegment> all = new ArrayList<>();
        var splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        try (Stream<Path> files = Files.walk(knowledge)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.addAll(splitter.split(Document.from(Files.readString(file, StandardCharsets.UTF_8))));
            }
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<Embedding> embeddings = model.embedAll(all).content();
        store.addAll(embeddings, all);
        this.segments = all.size();
        this.retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(TOP)
                .build();
    }

    public int segments() {
        return segments;
    }

    /** The top segments' text for a question; a follow-up is searched with its earlier turns before it. */
    public String retrieve(AnswerSet.Question question) {
        String text = String.join(" ", question.history()) + " " + question.q();
        return retriever.retrieve(Query.from(text.strip())).stream()
                .map(Content::textSegment)
                .map(TextSegment::text)
                .collect(Collectors.joining("\n"));
    }
}
