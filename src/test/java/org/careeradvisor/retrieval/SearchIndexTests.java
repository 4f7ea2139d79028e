package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTests {

    private static final String ARCHITECT = "machine-learning-data-architect";

    @TempDir
    Path cacheDir;

    @Test
    void hybridSearchFindsTheSalarySectionForAPayQuestion() {
        List<RetrievedChunk> results = SharedIndex.index()
                .search("What does a machine learning architect earn in the US?", List.of(), RetrievalMode.HYBRID);

        assertThat(results)
                .hasSizeLessThanOrEqualTo(RetrievalProperties.defaults().topK());
        assertThat(results.get(0).chunk().section()).isEqualTo("Salary Ranges (US Market, 2024)");
        assertThat(results.get(0).rank()).isEqualTo(1);
        assertThat(results.get(0).relevance()).isBetween(0.0, 1.0);
    }

    @Test
    void aRoleScopedSearchReturnsOnlyThatRolesSections() {
        List<RetrievedChunk> results = SharedIndex.index()
                .search("What qualifications are needed?", List.of("ai-research-scientist"), RetrievalMode.HYBRID);

        assertThat(results)
                .isNotEmpty()
                .allSatisfy(result -> assertThat(result.chunk().roleId()).isEqualTo("ai-research-scientist"));
        assertThat(results.get(0).chunk().section()).isEqualTo("Skills and Qualifications");
    }

    @Test
    void twoNamedRolesAreBothRepresented() {
        List<RetrievedChunk> results = SharedIndex.index()
                .search(
                        "key responsibilities",
                        List.of("ai-research-engineer", "ai-research-scientist"),
                        RetrievalMode.HYBRID);

        assertThat(results.get(0).chunk().roleId()).isEqualTo("ai-research-engineer");
        assertThat(results.get(1).chunk().roleId()).isEqualTo("ai-research-scientist");
    }

    @Test
    void denseAndLexicalRetrieversReturnTheSameSegmentForAChunkSoFusionCanMatchIt() {
        KnowledgeBase knowledge = SharedIndex.index().knowledge();
        LexicalRetriever lexical = LexicalRetriever.index(knowledge.chunks(), 5);
        List<Content> lexicalResults = lexical.retrieve(Query.from("ETL tools Apache NiFi Talend Informatica"));
        TextSegment top = lexicalResults.get(0).textSegment();

        List<RetrievedChunk> hybrid = SharedIndex.index()
                .search("ETL tools Apache NiFi Talend Informatica", List.of(ARCHITECT), RetrievalMode.HYBRID);

        assertThat(hybrid.get(0).chunk().segment()).isSameAs(top);
        assertThat(hybrid.get(0).relevance()).isPositive();
        assertThat(hybrid.get(0).lexical()).isPositive();
    }

    @Test
    void lexicalSearchTreatsPhDAndPhDottedAlike() {
        List<RetrievedChunk> results =
                SharedIndex.index().search("PhD", List.of("ai-research-scientist"), RetrievalMode.LEXICAL);

        assertThat(results).isNotEmpty();
        assertThat(results.get(0).chunk().body()).contains("Ph.D.");
    }

    @Test
    void aRestartWithUnchangedKnowledgeEmbedsNothingAndADamagedCacheIsRebuilt() throws Exception {
        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.defaults()).load();
        RetrievalProperties properties = RetrievalProperties.defaults();

        // Every section chunk and every statement is embedded once.
        long segments = java.util.stream.Stream.concat(
                        knowledge.chunks().stream().map(chunk -> chunk.segment().text()),
                        knowledge.statements().stream()
                                .map(statement -> statement.segment().text()))
                .distinct()
                .count();
        SearchIndex first =
                SearchIndex.build(knowledge, SharedIndex.model(), new EmbeddingCache(cacheDir, "m"), properties);
        SearchIndex second =
                SearchIndex.build(knowledge, SharedIndex.model(), new EmbeddingCache(cacheDir, "m"), properties);
        assertThat(first.embeddedNow()).isEqualTo(segments);
        assertThat(second.embeddedNow()).isZero();

        Path file = cacheDir.resolve("embeddings-m.bin");
        Files.write(file, new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 1});
        SearchIndex third =
                SearchIndex.build(knowledge, SharedIndex.model(), new EmbeddingCache(cacheDir, "m"), properties);
        assertThat(third.embeddedNow()).isEqualTo(segments);
        assertThat(third.search("salary", List.of(ARCHITECT), RetrievalMode.HYBRID))
                .isNotEmpty();
        assertThat(new EmbeddingCache(cacheDir, "m").size()).isEqualTo(segments);
    }
}
