package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The searchable form of one knowledge snapshot: dense and BM25 retrievers over the same chunks, fused with
 * LangChain4j's reciprocal rank fusion.
 */
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final KnowledgeBase knowledge;
    private final DenseRetriever dense;
    private final LexicalRetriever lexical;
    private final ContentAggregator aggregator = new DefaultContentAggregator();
    private final Map<TextSegment, Chunk> chunksBySegment = new HashMap<>();
    private final int topK;
    private final int embeddedNow;
    private final Set<String> corpusTerms;

    private SearchIndex(KnowledgeBase knowledge, DenseRetriever dense, LexicalRetriever lexical, int topK, int embeddedNow) {
        this.knowledge = knowledge;
        this.dense = dense;
        this.lexical = lexical;
        this.topK = topK;
        this.embeddedNow = embeddedNow;
        knowledge.chunks().forEach(chunk -> chunksBySegment.put(chunk.segment(), chunk));
        TermAnalyzer analyzer = new TermAnalyzer();
        Set<String> terms = new java.util.HashSet<>();
        knowledge.chunks().forEach(chunk -> terms.addAll(analyzer.terms(chunk.segment().text())));
        knowledge.roles().forEach(role -> role.names().forEach(name -> terms.addAll(analyzer.terms(name))));
        this.corpusTerms = Set.copyOf(terms);
    }

    /** Embeds every chunk (reusing cached embeddings) and indexes it for BM25. */
    public static SearchIndex build(KnowledgeBase knowledge, EmbeddingModel model, EmbeddingCache cache,
                                    RetrievalProperties properties) {
        long started = System.nanoTime();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        Map<String, Embedding> byText = new LinkedHashMap<>();
        List<TextSegment> missing = new ArrayList<>();
        for (Chunk chunk : knowledge.chunks()) {
            cache.get(chunk.segment().text()).ifPresentOrElse(
                    embedding -> byText.put(chunk.segment().text(), embedding),
                    () -> missing.add(chunk.segment()));
        }
        if (!missing.isEmpty()) {
            List<Embedding> embedded = model.embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                byText.put(missing.get(i).text(), embedded.get(i));
            }
            cache.save(byText);
        }
        for (Chunk chunk : knowledge.chunks()) {
            store.add(chunk.id(), byText.get(chunk.segment().text()), chunk.segment());
        }
        DenseRetriever dense = new DenseRetriever(model, store, properties.queryInstruction(), properties.candidates());
        LexicalRetriever lexical = LexicalRetriever.index(knowledge.chunks(), properties.candidates());
        log.info("Search index ready: {} chunks, {} embedded now, {} from cache, in {} ms", knowledge.chunks().size(),
                missing.size(), knowledge.chunks().size() - missing.size(), (System.nanoTime() - started) / 1_000_000);
        return new SearchIndex(knowledge, dense, lexical, properties.topK(), missing.size());
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Whether an analysed term (see {@link TermAnalyzer}) occurs anywhere in the knowledge. */
    public boolean knows(String term) {
        return corpusTerms.contains(term);
    }

    /** How many chunks this build had to embed (0 when every embedding came from the cache). */
    public int embeddedNow() {
        return embeddedNow;
    }

    /**
     * Finds the sections that answer a question. With named roles, each role is searched on its own and the
     * results are interleaved, so a comparison gets sections of every role it names.
     */
    public List<RetrievedChunk> search(String question, List<String> roleIds, RetrievalMode mode) {
        List<String> scopes = roleIds.isEmpty() ? java.util.Collections.singletonList(null) : roleIds;
        List<List<RetrievedChunk>> perScope = new ArrayList<>();
        for (String roleId : scopes) {
            perScope.add(searchScope(question, roleId, mode));
        }
        if (perScope.size() == 1) {
            return perScope.get(0);
        }
        List<RetrievedChunk> interleaved = new ArrayList<>();
        for (int i = 0; i < topK; i++) {
            for (List<RetrievedChunk> results : perScope) {
                if (i < results.size()) {
                    interleaved.add(results.get(i));
                }
            }
        }
        return interleaved;
    }

    private List<RetrievedChunk> searchScope(String question, String roleId, RetrievalMode mode) {
        Query query = Query.from(question);
        List<Content> denseResults = mode == RetrievalMode.LEXICAL ? List.of()
                : (roleId == null ? dense : dense.scopedTo(roleId)).retrieve(query);
        List<Content> lexicalResults = mode == RetrievalMode.DENSE ? List.of()
                : (roleId == null ? lexical : lexical.scopedTo(roleId)).retrieve(query);
        Collection<List<Content>> lists = new ArrayList<>();
        if (mode != RetrievalMode.LEXICAL) {
            lists.add(denseResults);
        }
        if (mode != RetrievalMode.DENSE) {
            lists.add(lexicalResults);
        }
        // The aggregator fuses with reciprocal rank fusion but does not cut the list: keep the top k.
        List<Content> fused = aggregator.aggregate(Map.of(query, lists));
        Map<TextSegment, Double> relevance = scores(denseResults);
        Map<TextSegment, Double> bm25 = scores(lexicalResults);
        List<RetrievedChunk> results = new ArrayList<>();
        Set<TextSegment> seen = new LinkedHashSet<>();
        for (Content content : fused) {
            if (results.size() == topK || !seen.add(content.textSegment())) {
                continue;
            }
            Chunk chunk = chunksBySegment.get(content.textSegment());
            results.add(new RetrievedChunk(chunk, results.size() + 1,
                    relevance.getOrDefault(content.textSegment(), 0.0), bm25.getOrDefault(content.textSegment(), 0.0)));
        }
        return results;
    }

    private static Map<TextSegment, Double> scores(List<Content> contents) {
        Map<TextSegment, Double> scores = new HashMap<>();
        for (Content content : contents) {
            Object score = content.metadata().get(ContentMetadata.SCORE);
            scores.put(content.textSegment(), score instanceof Number number ? number.doubleValue() : 0.0);
        }
        return scores;
    }
}
