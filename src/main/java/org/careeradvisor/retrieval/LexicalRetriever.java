package org.careeradvisor.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.careeradvisor.knowledge.Chunk;

/**
 * BM25 retrieval over the same chunks or statements with Lucene's English analyzer, in memory, optionally limited to
 * one role.
 * It answers with the very {@link TextSegment} instances the dense retriever returns, so fusion can match them.
 */
public class LexicalRetriever implements ContentRetriever {

    private static final String ID = "id";
    private static final String ROLE = "role";
    private static final String TEXT = "text";
    private static final int MIN_EXPANDED = 4;
    private static final float NEAR_WEIGHT = 0.8f;
    private static final int EXPANSIONS = 4096;
    private static final int MAX_TERMS = 32;

    private final TermAnalyzer analyzer;
    private final IndexSearcher searcher;
    private final java.util.function.IntFunction<TextSegment> segments;
    private final String textField;
    private final String roleField;
    private final int maxResults;
    private final String roleId;
    /** Rewritten expansions of words the index does not know, shared by the role-scoped copies of this retriever. */
    private final Cache<String, org.apache.lucene.search.Query> expansions;

    private LexicalRetriever(
            TermAnalyzer analyzer,
            IndexSearcher searcher,
            java.util.function.IntFunction<TextSegment> segments,
            String textField,
            String roleField,
            int maxResults,
            String roleId,
            Cache<String, org.apache.lucene.search.Query> expansions) {
        this.expansions = expansions;
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.segments = segments;
        this.textField = textField;
        this.roleField = roleField;
        this.maxResults = maxResults;
        this.roleId = roleId;
    }

    /**
     * BM25 over one kind of text of the shared index ({@link LuceneIndex}): its own text field, so its statistics are
     * those of that kind alone; hits of documents the snapshot's knowledge lacks are left out.
     */
    static LexicalRetriever over(LuceneIndex.Snapshot snapshot, LuceneIndex.Kind kind, int maxResults) {
        return new LexicalRetriever(
                new TermAnalyzer(),
                snapshot.searcher(),
                snapshot::segment,
                kind.textField,
                LuceneIndex.ROLE,
                maxResults,
                null,
                Caffeine.newBuilder().maximumSize(EXPANSIONS).build());
    }

    public static LexicalRetriever index(List<Chunk> chunks, int maxResults) {
        return index(chunks.stream().map(Chunk::segment).toList(), Chunk.ID, maxResults);
    }

    /**
     * Indexes segments (section chunks or statements) that carry their id under {@code idKey} and their role under
     * {@link Chunk#ROLE_ID} in their metadata.
     */
    public static LexicalRetriever index(List<TextSegment> segmentsToIndex, String idKey, int maxResults) {
        TermAnalyzer analyzer = new TermAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer.analyzer()))) {
            Map<String, TextSegment> segments = new java.util.HashMap<>();
            for (TextSegment segment : segmentsToIndex) {
                String id = segment.metadata().getString(idKey);
                Document document = new Document();
                document.add(new StringField(ID, id, Field.Store.YES));
                document.add(new StringField(ROLE, segment.metadata().getString(Chunk.ROLE_ID), Field.Store.NO));
                document.add(new TextField(TEXT, segment.text(), Field.Store.NO));
                writer.addDocument(document);
                segments.put(id, segment);
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            Map<String, TextSegment> byId = Map.copyOf(segments);
            java.util.function.IntFunction<TextSegment> resolver = doc -> {
                try {
                    return byId.get(searcher.storedFields().document(doc).get(ID));
                } catch (IOException e) {
                    throw new UncheckedIOException("Lexical search failed", e);
                }
            };
            return new LexicalRetriever(
                    analyzer,
                    searcher,
                    resolver,
                    TEXT,
                    ROLE,
                    maxResults,
                    null,
                    Caffeine.newBuilder().maximumSize(EXPANSIONS).build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the lexical index", e);
        }
    }

    /** The same retriever searching one role's segments (chunks or statements) only. */
    public LexicalRetriever scopedTo(String roleId) {
        return new LexicalRetriever(analyzer, searcher, segments, textField, roleField, maxResults, roleId, expansions);
    }

    /**
     * A term the index knows as it is; one it does not know ("salery", "math", "kubernets") matches the index's own
     * words within a typo's distance or that start with it, weighted below an exact match.
     */
    private org.apache.lucene.search.Query termQuery(String term) {
        Term exact = new Term(textField, term);
        try {
            if (term.length() < MIN_EXPANDED || searcher.getIndexReader().docFreq(exact) > 0) {
                return new TermQuery(exact);
            }
            // Expanding a word against the index's terms builds automata: done once per word, rewritten, and kept.
            return expansions.get(term, key -> {
                BooleanQuery.Builder near = new BooleanQuery.Builder();
                near.add(new FuzzyQuery(exact, key.length() >= 7 ? 2 : 1, 1), BooleanClause.Occur.SHOULD);
                near.add(new PrefixQuery(exact), BooleanClause.Occur.SHOULD);
                try {
                    return searcher.rewrite(new BoostQuery(near.build(), NEAR_WEIGHT));
                } catch (IOException e) {
                    throw new UncheckedIOException("Lexical search failed", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Lexical search failed", e);
        }
    }

    @Override
    public List<Content> retrieve(Query query) {
        Set<String> terms = analyzer.terms(query.text());
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        // A question has a few words; a long paste is cut so its expansions stay far below Lucene's clause limit.
        terms.stream().limit(MAX_TERMS).forEach(term -> builder.add(termQuery(term), BooleanClause.Occur.SHOULD));
        builder.setMinimumNumberShouldMatch(1);
        if (roleId != null) {
            builder.add(new TermQuery(new Term(roleField, roleId)), BooleanClause.Occur.FILTER);
        }
        try {
            List<Content> results = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(builder.build(), maxResults).scoreDocs) {
                TextSegment segment = segments.apply(hit.doc);
                if (segment != null) {
                    results.add(Content.from(segment, Map.of(ContentMetadata.SCORE, (double) hit.score)));
                }
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("Lexical search failed", e);
        }
    }
}
