package org.careeradvisor.retrieval;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.annotation.Validated;

/**
 * How sections are retrieved.
 *
 * @param topK             sections kept after fusion
 * @param candidates       results each retriever contributes to fusion
 * @param queryInstruction prefix bge-small-en-v1.5 expects on queries (not on passages); blank disables it
 * @param minRelevance     lowest dense similarity at which a question counts as answerable by the documents
 * @param minTermCoverage  share of a question's content words (not question words or generic career words) that
 *                         must occur in the documents when the question names no role
 * @param minStatementRelevance lowest dense similarity of the best statement at which it counts as answering
 * @param queryCacheSize   recent query embeddings kept (a repeated question, a suggestion button) ; 0 turns it off
 * @param indexDir         folder of the on-disk Lucene index (BM25 and vectors); blank: {@code search-index} under
 *                         the knowledge's cache folder
 * @param exactSearchBelow an unscoped vector search compares every vector while a kind (chunks, statements) has fewer
 *                         than this many, and walks the HNSW graph above it (a search within one role is always exact)
 * @param ingestThreads    threads that embed the knowledge's texts at indexing; 0 (or less): one per core
 */
@ConfigurationProperties("advisor.retrieval")
@Validated
public record RetrievalProperties(
        @DefaultValue("5") @Positive int topK,
        @DefaultValue("20") @Positive int candidates,
        @DefaultValue(BGE_QUERY_INSTRUCTION) @NotNull String queryInstruction,

        @DefaultValue("0.62") @DecimalMin("0") @DecimalMax("1")
        double minRelevance,

        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1")
        double minTermCoverage,

        @DefaultValue("0.7") @DecimalMin("0") @DecimalMax("1")
        double minStatementRelevance,

        @DefaultValue("512") @PositiveOrZero int queryCacheSize,
        String indexDir,
        @DefaultValue("10000") @PositiveOrZero int exactSearchBelow,
        @DefaultValue("0") int ingestThreads) {

    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    public RetrievalProperties {
        indexDir = indexDir == null || indexDir.isBlank() ? null : indexDir;
        ingestThreads = ingestThreads < 1 ? Runtime.getRuntime().availableProcessors() : ingestThreads;
    }

    @AssertTrue(message = "advisor.retrieval.candidates must be at least top-k: fusion keeps top-k of them")
    boolean isCandidatesAtLeastTopK() {
        return candidates >= topK;
    }

    /** The settings Spring binds when none is given, for code outside the application context. */
    public static RetrievalProperties defaults() {
        return of(Map.of());
    }

    /** These settings (named as in {@code application.yml}, without the prefix) bound over the defaults. */
    public static RetrievalProperties of(Map<String, ?> properties) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        properties.forEach((name, value) -> source.put("advisor.retrieval." + name, value));
        return new Binder(source).bindOrCreate("advisor.retrieval", RetrievalProperties.class);
    }

    public RetrievalProperties withQueryInstruction(String instruction) {
        return new RetrievalProperties(
                topK,
                candidates,
                instruction,
                minRelevance,
                minTermCoverage,
                minStatementRelevance,
                queryCacheSize,
                indexDir,
                exactSearchBelow,
                ingestThreads);
    }
}
