package org.careeradvisor.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.aggregator.ContentAggregator;
import dev.langchain4j.rag.content.aggregator.DefaultContentAggregator;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dense and BM25 retrieval over one kind of segment (section chunks or statements), fused with LangChain4j's
 * reciprocal rank fusion, optionally limited to one role.
 */
final class HybridIndex {

    private final DenseRetriever dense;
    private final LexicalRetriever lexical;
    private final ContentAggregator aggregator = new DefaultContentAggregator();

    HybridIndex(DenseRetriever dense, LexicalRetriever lexical) {
        this.dense = dense;
        this.lexical = lexical;
    }

    /** A fused result: the segment, its rank (1 first) and the score each retriever gave it. */
    record Hit(TextSegment segment, int rank, double relevance, double lexical) {}

    List<Hit> search(SearchText question, String roleId, RetrievalMode mode, int limit) {
        Query query = Query.from(question.dense());
        List<Content> denseResults = mode == RetrievalMode.LEXICAL
                ? List.of()
                : (roleId == null ? dense : dense.scopedTo(roleId)).retrieve(query);
        List<Content> lexicalResults = mode == RetrievalMode.DENSE
                ? List.of()
                : (roleId == null ? lexical : lexical.scopedTo(roleId)).retrieve(Query.from(question.lexical()));
        Collection<List<Content>> lists = new ArrayList<>();
        if (mode != RetrievalMode.LEXICAL) {
            lists.add(denseResults);
        }
        if (mode != RetrievalMode.DENSE) {
            lists.add(lexicalResults);
        }
        // The aggregator fuses with reciprocal rank fusion but does not cut the list: keep the first `limit`.
        List<Content> fused = aggregator.aggregate(Map.of(query, lists));
        Map<TextSegment, Double> relevance = scores(denseResults);
        Map<TextSegment, Double> bm25 = scores(lexicalResults);
        List<Hit> hits = new ArrayList<>();
        Set<TextSegment> seen = new LinkedHashSet<>();
        for (Content content : fused) {
            if (hits.size() == limit) {
                break;
            }
            if (seen.add(content.textSegment())) {
                hits.add(new Hit(
                        content.textSegment(),
                        hits.size() + 1,
                        relevance.getOrDefault(content.textSegment(), 0.0),
                        bm25.getOrDefault(content.textSegment(), 0.0)));
            }
        }
        return hits;
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
