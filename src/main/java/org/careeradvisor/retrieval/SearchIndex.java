package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable form of one knowledge snapshot: a hybrid (dense + BM25, fused with reciprocal rank fusion) index of
 * the section chunks, and one of the statements (sentences, list items, lead-ins) that answers quote.
 */
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Statements each role scope contributes: enough for a list question to see most of its list. */
    private static final int STATEMENTS = 20;

    private final KnowledgeBase knowledge;
    private final HybridIndex chunks;
    private final HybridIndex statements;
    private final Map<TextSegment, Chunk> chunksBySegment = new HashMap<>();
    private final Map<TextSegment, Statement> statementsBySegment = new HashMap<>();
    private final int topK;
    private final int candidates;
    private final int embeddedNow;
    private final Set<String> corpusTerms;
    /**
     * A role's terms and a statement's, worked out the first time they are asked for (a question reads a few roles
     * and a few dozen statements), so that an index of a thousand roles is ready without analysing every statement.
     */
    private final Map<String, Set<String>> termsByRole = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, StatementTerms> statementTerms = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> pool = new java.util.concurrent.ConcurrentHashMap<>();
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final QueryEmbeddings queries;
    private final String queryInstruction;
    private final LuceneIndex.Snapshot snapshot;
    private List<LuceneEmbeddingStore> vectorStores = List.of();

    private SearchIndex(
            KnowledgeBase knowledge,
            HybridIndex chunks,
            HybridIndex statements,
            QueryEmbeddings queries,
            RetrievalProperties properties,
            int embeddedNow,
            LuceneIndex.Snapshot snapshot) {
        this.snapshot = snapshot;
        this.knowledge = knowledge;
        this.chunks = chunks;
        this.statements = statements;
        this.topK = properties.topK();
        this.candidates = properties.candidates();
        this.embeddedNow = embeddedNow;
        this.queries = queries;
        this.queryInstruction = properties.queryInstruction();
        knowledge.chunks().forEach(chunk -> chunksBySegment.put(chunk.segment(), chunk));
        knowledge.statements().forEach(statement -> statementsBySegment.put(statement.segment(), statement));
        Set<String> terms = new java.util.HashSet<>();
        knowledge
                .chunks()
                .forEach(chunk -> terms.addAll(analysed(chunk.segment().text())));
        knowledge.roles().forEach(role -> role.names().forEach(name -> terms.addAll(analysed(name))));
        this.corpusTerms = Set.copyOf(terms);
    }

    /**
     * A text's analysed terms, each term one shared copy: with a thousand roles, tens of thousands of statements
     * share a few tens of thousands of words.
     */
    private Set<String> analysed(String text) {
        Set<String> shared = new java.util.HashSet<>();
        analyzer.terms(text).forEach(term -> shared.add(pool.computeIfAbsent(term, key -> key)));
        return shared;
    }

    /** Embeds every chunk and statement (reusing cached embeddings) and indexes both for BM25. */
    public static SearchIndex build(
            KnowledgeBase knowledge, EmbeddingModel model, EmbeddingCache cache, RetrievalProperties properties) {
        return build(knowledge, model, cache, properties, true);
    }

    /**
     * @param whole whether this is all the knowledge there is (not a part served while the rest is embedded): then
     *              cached embeddings of texts it no longer has are dropped
     */
    static SearchIndex build(
            KnowledgeBase knowledge,
            EmbeddingModel model,
            EmbeddingCache cache,
            RetrievalProperties properties,
            boolean whole) {
        long started = System.nanoTime();
        List<TextSegment> segments =
                new ArrayList<>(knowledge.chunks().stream().map(Chunk::segment).toList());
        knowledge.statements().forEach(statement -> segments.add(statement.segment()));
        int[] embedded = {0};
        Map<String, Embedding> byText =
                new CachedEmbeddingModel(model, cache).embed(segments, batch -> embedded[0] += batch);
        if (whole) {
            cache.retainOnly(byText.keySet());
        }
        // The same Lucene index the service keeps on disk, here in memory: one index for both retrievers.
        LuceneIndex lucene = LuceneIndex.inMemory("in-memory", 0);
        lucene.add(LuceneIndex.entries(knowledge), byText);
        lucene.commit();
        return over(knowledge, lucene.snapshot(knowledge), model, properties, embedded[0], started);
    }

    /**
     * The index of this knowledge over a snapshot of the Lucene index that holds its texts (dense and BM25 search on
     * the same documents); nothing is embedded here but queries.
     */
    static SearchIndex over(
            KnowledgeBase knowledge,
            LuceneIndex.Snapshot snapshot,
            EmbeddingModel model,
            RetrievalProperties properties,
            int embeddedNow,
            long started) {
        QueryEmbeddings queries = new QueryEmbeddings(model, properties.queryCacheSize());
        HybridIndex chunks = new HybridIndex(
                new DenseRetriever(
                        queries,
                        new LuceneEmbeddingStore(snapshot, LuceneIndex.Kind.CHUNK, properties.exactSearchBelow()),
                        properties.queryInstruction(),
                        properties.candidates()),
                LexicalRetriever.over(snapshot, LuceneIndex.Kind.CHUNK, properties.candidates()));
        HybridIndex statements = new HybridIndex(
                new DenseRetriever(
                        queries,
                        new LuceneEmbeddingStore(snapshot, LuceneIndex.Kind.STATEMENT, properties.exactSearchBelow()),
                        properties.queryInstruction(),
                        properties.candidates()),
                LexicalRetriever.over(snapshot, LuceneIndex.Kind.STATEMENT, properties.candidates()));
        SearchIndex index = new SearchIndex(knowledge, chunks, statements, queries, properties, embeddedNow, snapshot);
        index.vectorStores = List.of(
                new LuceneEmbeddingStore(snapshot, LuceneIndex.Kind.CHUNK, properties.exactSearchBelow()),
                new LuceneEmbeddingStore(snapshot, LuceneIndex.Kind.STATEMENT, properties.exactSearchBelow()));
        log.info(
                "Search index ready: {} chunks and {} statements, {} embedded now, in {} ms",
                knowledge.chunks().size(),
                knowledge.statements().size(),
                embeddedNow,
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    /**
     * How many of the exact nearest neighbours (every vector compared) the HNSW graph search finds, over all roles,
     * for these questions: the share of the exact top {@code k} chunks and statements that the graph search returns
     * in its own top {@code k}, averaged over both kinds and all questions (1.0: no loss).
     */
    public double approximateRecall(List<String> questions, int k) {
        long found = 0;
        long expected = 0;
        for (String question : questions) {
            float[] vector = queryEmbedding(question).vector();
            for (LuceneEmbeddingStore store : vectorStores) {
                List<TextSegment> exact = store.exactNeighbours(vector, k);
                Set<TextSegment> approximate = new java.util.HashSet<>(store.approximateNeighbours(vector, k));
                expected += exact.size();
                found += exact.stream().filter(approximate::contains).count();
            }
        }
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    /** The Lucene snapshot this index searches (closed by the holder once a newer index has replaced it). */
    LuceneIndex.Snapshot snapshot() {
        return snapshot;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Whether an analysed term (see {@link TermAnalyzer}) occurs anywhere in the knowledge. */
    public boolean knows(String term) {
        return corpusTerms.contains(term);
    }

    /** Whether an analysed term occurs in one role's statements (its text, headings or labels). */
    public boolean knows(String roleId, String term) {
        return terms(roleId).contains(term);
    }

    /** A statement's analysed words, worked out when the index was built. */
    public StatementTerms terms(Statement statement) {
        return statementTerms.computeIfAbsent(statement.id(), id -> {
            String list = String.join(" ", statement.headingPath()) + " " + orEmpty(statement.listLabel());
            return new StatementTerms(
                    analysed(statement.quote()),
                    analysed(list + " " + orEmpty(statement.parent()) + " " + orEmpty(statement.label())),
                    analysed(list));
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Every analysed term of one role's statements, for typo tolerance. */
    public Set<String> terms(String roleId) {
        if (roleId == null || knowledge.statements(roleId).isEmpty()) {
            return Set.of();
        }
        return termsByRole.computeIfAbsent(roleId, id -> {
            Set<String> terms = new java.util.HashSet<>();
            knowledge
                    .statements(id)
                    .forEach(statement ->
                            terms.addAll(analysed(statement.segment().text())));
            return Set.copyOf(terms);
        });
    }

    /** How many segments this build had to embed (0 when every embedding came from the cache). */
    public int embeddedNow() {
        return embeddedNow;
    }

    /**
     * Finds the sections that answer a question. With named roles, each role is searched on its own and the
     * results are interleaved, so a comparison gets sections of every role it names.
     */
    public List<RetrievedChunk> search(String question, List<String> roleIds, RetrievalMode mode) {
        return search(SearchText.of(question), roleIds, mode);
    }

    public List<RetrievedChunk> search(SearchText question, List<String> roleIds, RetrievalMode mode) {
        List<List<RetrievedChunk>> perScope = new ArrayList<>();
        for (String roleId : scopes(roleIds)) {
            // The same text as the statement search, so one question costs one query embedding per role.
            SearchText scoped = question.map(text -> scoped(text, roleId));
            perScope.add(chunks.search(scoped, roleId, mode, topK).stream()
                    .map(hit -> new RetrievedChunk(
                            chunksBySegment.get(hit.segment()), hit.rank(), hit.relevance(), hit.lexical()))
                    .toList());
        }
        return interleave(perScope, topK);
    }

    /**
     * Finds the statements that answer a question, best first: with named roles, each role's own best statements,
     * interleaved.
     */
    public List<RetrievedStatement> statements(String question, List<String> roleIds) {
        return statements(SearchText.of(question), roleIds);
    }

    public List<RetrievedStatement> statements(SearchText question, List<String> roleIds) {
        List<List<RetrievedStatement>> perScope = new ArrayList<>();
        for (String roleId : scopes(roleIds)) {
            SearchText scoped = question.map(text -> scoped(text, roleId));
            perScope.add(statements.search(scoped, roleId, RetrievalMode.HYBRID, STATEMENTS).stream()
                    .map(hit -> new RetrievedStatement(
                            statementsBySegment.get(hit.segment()), hit.rank(), hit.relevance(), hit.lexical()))
                    .toList());
        }
        return interleave(perScope, STATEMENTS);
    }

    /**
     * The text a question is searched with within one role (or all, for a null role): within one role's statements
     * its name says nothing, so "which ETL tools does an ML architect use" asks "ETL tools".
     */
    public String scoped(String question, String roleId) {
        return roleId == null ? question : withoutNames(question, roleId);
    }

    /**
     * The embedding of a query as the dense search embeds it (with the model's query instruction), from the same cache.
     */
    public Embedding queryEmbedding(String text) {
        return queries.embed(queryInstruction + text);
    }

    private String withoutNames(String question, String roleId) {
        String stripped = knowledge.withoutNames(roleId, question);
        return stripped.replaceAll("[^\\p{L}\\p{N}]", "").length() < 3 ? question : stripped;
    }

    private static List<String> scopes(List<String> roleIds) {
        return roleIds.isEmpty() ? java.util.Collections.singletonList(null) : roleIds;
    }

    private static <T> List<T> interleave(List<List<T>> perScope, int depth) {
        if (perScope.size() == 1) {
            return perScope.get(0);
        }
        List<T> interleaved = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            for (List<T> results : perScope) {
                if (i < results.size()) {
                    interleaved.add(results.get(i));
                }
            }
        }
        return interleaved;
    }
}
