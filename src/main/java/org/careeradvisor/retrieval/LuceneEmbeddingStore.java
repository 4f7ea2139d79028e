package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.careeradvisor.knowledge.Chunk;

/**
 * One kind of text (chunks or statements) of a {@link LuceneIndex} snapshot as a LangChain4j {@link EmbeddingStore},
 * read-only, so the {@link DenseRetriever} and fusion stay as they are. Scores are the cosine similarity mapped to
 * [0, 1] as LangChain4j's in-memory store gives them ((1 + cos) / 2).
 * <p>
 * Within one role (a filter on {@link Chunk#ROLE_ID}), and over all roles while the kind has fewer vectors than
 * {@code exactBelow}, the search is exact: every candidate vector is compared (a role has a few hundred). Above that,
 * an
 * unscoped search walks the HNSW graph, whose recall against the exact search the scale benchmark measures.
 */
final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {

    private static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.COSINE;
    /** Candidates the HNSW search collects before the best are kept. */
    static final int APPROXIMATE_BEAM = 100;

    private final LuceneIndex.Snapshot snapshot;
    private final LuceneIndex.Kind kind;
    private final int exactBelow;

    LuceneEmbeddingStore(LuceneIndex.Snapshot snapshot, LuceneIndex.Kind kind, int exactBelow) {
        this.snapshot = snapshot;
        this.kind = kind;
        this.exactBelow = exactBelow;
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        float[] target = request.queryEmbedding().vector();
        String roleId = roleOf(request.filter());
        int limit = request.maxResults();
        try {
            List<Scored> found = roleId != null || vectors() < exactBelow
                    ? exact(target, roleId, limit)
                    : approximate(target, limit);
            List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
            for (Scored scored : found) {
                if (scored.score() >= request.minScore()) {
                    matches.add(new EmbeddingMatch<>(
                            (double) scored.score(),
                            Integer.toString(scored.doc()),
                            null,
                            snapshot.segment(scored.doc())));
                }
            }
            return new EmbeddingSearchResult<>(matches);
        } catch (IOException e) {
            throw new UncheckedIOException("Vector search failed", e);
        }
    }

    /** The exact nearest neighbours (every vector compared), the reference the HNSW search is measured against. */
    List<TextSegment> exactNeighbours(float[] target, int limit) {
        try {
            return exact(target, null, limit).stream()
                    .map(scored -> snapshot.segment(scored.doc()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Vector search failed", e);
        }
    }

    /** The HNSW search's neighbours, whatever the size. */
    List<TextSegment> approximateNeighbours(float[] target, int limit) {
        try {
            return approximate(target, limit).stream()
                    .map(scored -> snapshot.segment(scored.doc()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Vector search failed", e);
        }
    }

    private long vectors() throws IOException {
        long vectors = 0;
        for (LeafReaderContext leaf : snapshot.searcher().getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(kind.vectorField);
            vectors += values == null ? 0 : values.size();
        }
        return vectors;
    }

    private record Scored(int doc, float score) {}

    private static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc);

    private List<Scored> exact(float[] target, String roleId, int limit) throws IOException {
        IndexSearcher searcher = snapshot.searcher();
        PriorityQueue<Scored> best = new PriorityQueue<>(BEST_FIRST.reversed());
        Weight role = roleId == null
                ? null
                : searcher.createWeight(
                        searcher.rewrite(new TermQuery(new Term(LuceneIndex.ROLE, roleId))),
                        ScoreMode.COMPLETE_NO_SCORES,
                        1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(kind.vectorField);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator candidates = values;
            if (role != null) {
                Scorer scorer = role.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                candidates = scorer.iterator();
            }
            for (int doc = candidates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = candidates.nextDoc()) {
                if (candidates != values) {
                    int at = values.docID() < doc ? values.advance(doc) : values.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at != doc) {
                        continue;
                    }
                }
                int global = leaf.docBase + doc;
                if ((live != null && !live.get(doc)) || snapshot.segment(global) == null) {
                    continue;
                }
                best.add(new Scored(global, SIMILARITY.compare(target, values.vectorValue())));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Scored> sorted = new ArrayList<>(best);
        sorted.sort(BEST_FIRST);
        return sorted;
    }

    private List<Scored> approximate(float[] target, int limit) throws IOException {
        List<Scored> found = new ArrayList<>();
        // A wider beam than the results kept (the graph search's recall of the exact top 20 rises with it), which
        // also leaves room for documents of texts this knowledge lacks (a part served while the rest is embedded).
        int beam = Math.max(APPROXIMATE_BEAM, limit * 2);
        ScoreDoc[] hits =
                snapshot.searcher().search(new KnnFloatVectorQuery(kind.vectorField, target, beam), beam).scoreDocs;
        for (ScoreDoc hit : hits) {
            if (snapshot.segment(hit.doc) != null && found.size() < limit) {
                found.add(new Scored(hit.doc, hit.score));
            }
        }
        return found;
    }

    private static String roleOf(Filter filter) {
        if (filter == null) {
            return null;
        }
        if (filter instanceof IsEqualTo equal && Chunk.ROLE_ID.equals(equal.key())) {
            return String.valueOf(equal.comparisonValue());
        }
        throw new UnsupportedOperationException("only a filter on the role is supported: " + filter);
    }

    @Override
    public String add(Embedding embedding) {
        throw readOnly();
    }

    @Override
    public void add(String id, Embedding embedding) {
        throw readOnly();
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        throw readOnly();
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the index is written by LuceneIndex, not through the store");
    }
}
