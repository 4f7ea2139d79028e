package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Lucene index of the knowledge's texts, for both retrievers: each section chunk and statement is a document
 * with its BM25 text and its embedding (HNSW, {@link KnnFloatVectorField}). On disk ({@link MMapDirectory}) the vectors
 * live in the page cache, not on the heap, and a restart with unchanged knowledge opens the index instead of
 * rebuilding it: a document is keyed by a hash of its kind, role and text, so only texts that changed are embedded and
 * only texts that went away are deleted. An index that fails its checksums, or was written for another model or
 * format, is wiped and rebuilt, never served.
 */
public final class LuceneIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    static final String KEY = "key";
    static final String ROLE = "role";
    private static final String FORMAT = "1";
    /**
     * Documents (vectors and their graph) buffered on the heap before Lucene writes a segment: a few thousand texts,
     * so a large first indexing writes a few large segments rather than many small ones to merge.
     */
    private static final double RAM_BUFFER_MB = 32;

    /**
     * The two kinds of text in the index, each with its own BM25 field and vector field (and so its own statistics).
     */
    public enum Kind {
        CHUNK("chunk_text", "chunk_vector"),
        STATEMENT("statement_text", "statement_vector");

        final String textField;
        final String vectorField;

        Kind(String textField, String vectorField) {
            this.textField = textField;
            this.vectorField = vectorField;
        }
    }

    private final Directory directory;
    private final Path folder;
    private final String model;
    private final int dimension;
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private IndexWriter writer;
    /** Keys of the live documents, as of the last commit or addition. */
    private final Set<String> keys = new HashSet<>();
    /** The commit the keys were read from (-1: none). */
    private long generation = -1;

    private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(60);

    private LuceneIndex(Directory directory, Path folder, String model, int dimension) {
        this.directory = directory;
        this.folder = folder;
        this.model = model;
        this.dimension = dimension;
    }

    /** An index in memory (the offline commands and tests that build one index and throw it away). */
    public static LuceneIndex inMemory(String model, int dimension) {
        return new LuceneIndex(new ByteBuffersDirectory(), null, model, dimension);
    }

    /**
     * Opens the index in this folder, checking every file's checksum and what it was written for; a damaged, partial
     * or foreign index is deleted so that it is rebuilt.
     */
    public static LuceneIndex open(Path folder, String model, int dimension) {
        try {
            Files.createDirectories(folder);
            LuceneIndex index = new LuceneIndex(new MMapDirectory(folder), folder, model, dimension);
            index.readKeys();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index folder " + folder, e);
        }
    }

    private void readKeys() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            wipe("no index yet");
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!FORMAT.equals(data.get("format"))
                    || !model.equals(data.get("model"))
                    || !String.valueOf(dimension).equals(data.get("dimension"))) {
                wipe("written for another model or format (" + data + ")");
                return;
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                // Every file's checksum: a damaged index is rebuilt, never served.
                leaf.reader().checkIntegrity();
            }
            forEachKey(reader, (doc, key) -> keys.add(key));
            generation = reader.getIndexCommit().getGeneration();
        } catch (IOException | RuntimeException e) {
            keys.clear();
            wipe("damaged: " + e.getMessage());
        }
    }

    private void wipe(String why) throws IOException {
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> present = files.toList();
                if (!present.isEmpty()) {
                    log.warn("Rebuilding the search index in {}: {}", folder, why);
                }
                for (Path file : present) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The key of a text in the index: what kind it is, whose it is and what it says. */
    static String key(Kind kind, TextSegment segment) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((kind.name() + "\n" + segment.metadata().getString(Chunk.ROLE_ID) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(segment.text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text of this knowledge with its key, chunks first, in reading order (one entry per distinct key). */
    static Map<String, Entry> entries(KnowledgeBase knowledge) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Chunk chunk : knowledge.chunks()) {
            String key = key(Kind.CHUNK, chunk.segment());
            entries.putIfAbsent(key, new Entry(Kind.CHUNK, chunk.segment(), chunk.sourceFile()));
        }
        for (Statement statement : knowledge.statements()) {
            String key = key(Kind.STATEMENT, statement.segment());
            entries.putIfAbsent(key, new Entry(Kind.STATEMENT, statement.segment(), statement.sourceFile()));
        }
        return entries;
    }

    /** One text to index: its kind, its segment and the file it comes from. */
    record Entry(Kind kind, TextSegment segment, String file) {}

    /** The texts of these entries that the index does not hold yet, by key. */
    public synchronized Map<String, Entry> missing(Map<String, Entry> entries) {
        Map<String, Entry> missing = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            if (!keys.contains(key)) {
                missing.put(key, entry);
            }
        });
        return missing;
    }

    /** Adds texts with their embeddings (not yet committed: see {@link #commit}). */
    public synchronized void add(Map<String, Entry> entries, Map<String, Embedding> byText) {
        try {
            IndexWriter writer = writer();
            for (Map.Entry<String, Entry> item : entries.entrySet()) {
                if (keys.contains(item.getKey())) {
                    continue;
                }
                Entry entry = item.getValue();
                Embedding embedding = byText.get(entry.segment().text());
                if (embedding == null) {
                    throw new IllegalStateException("no embedding for a text to index");
                }
                Document document = new Document();
                document.add(new StringField(KEY, item.getKey(), Field.Store.NO));
                document.add(new BinaryDocValuesField(KEY, new BytesRef(item.getKey())));
                document.add(
                        new StringField(ROLE, entry.segment().metadata().getString(Chunk.ROLE_ID), Field.Store.NO));
                document.add(
                        new TextField(entry.kind().textField, entry.segment().text(), Field.Store.NO));
                document.add(new KnnFloatVectorField(
                        entry.kind().vectorField, embedding.vector(), VectorSimilarityFunction.COSINE));
                writer.addDocument(document);
                keys.add(item.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add to the search index", e);
        }
    }

    /** Deletes every document whose key is not among these (texts changed or removed since). */
    public synchronized int retainOnly(Set<String> wanted) {
        List<String> stale = keys.stream().filter(key -> !wanted.contains(key)).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        try {
            IndexWriter writer = writer();
            for (int from = 0; from < stale.size(); from += 1024) {
                writer.deleteDocuments(stale.subList(from, Math.min(stale.size(), from + 1024)).stream()
                        .map(key -> new Term(KEY, key))
                        .toArray(Term[]::new));
            }
            stale.forEach(keys::remove);
            return stale.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete from the search index", e);
        }
    }

    /** Makes what was added or deleted durable (a process killed later keeps it); a no-op with nothing pending. */
    public synchronized void commit() {
        if (writer == null) {
            return;
        }
        try {
            writer.setLiveCommitData(Map.of("format", FORMAT, "model", model, "dimension", String.valueOf(dimension))
                    .entrySet());
            writer.commit();
            if (folder != null) {
                generation = SegmentInfos.getLastCommitGeneration(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    /** Commits and lets go of the writer (and its lock), so another process or holder can write after this one. */
    public synchronized void release() {
        if (writer == null) {
            return;
        }
        commit();
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index writer", e);
        } finally {
            writer = null;
        }
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            while (writer == null) {
                IndexWriterConfig config = new IndexWriterConfig(analyzer.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(RAM_BUFFER_MB);
                try {
                    writer = new IndexWriter(directory, config);
                } catch (org.apache.lucene.store.LockObtainFailedException held) {
                    // Another index over the same folder is writing (a second application context in one JVM).
                    if (System.nanoTime() > deadline) {
                        throw held;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw held;
                    }
                }
            }
            refresh();
        }
        return writer;
    }

    /**
     * Reads the keys again if the folder's last commit is not the one they were read from (another index over the
     * same folder wrote since), so what is missing is worked out against what is really there.
     */
    public synchronized void refresh() {
        if (folder == null) {
            return;
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                keys.clear();
                generation = -1;
                return;
            }
            long last = SegmentInfos.getLastCommitGeneration(directory);
            if (last != generation) {
                keys.clear();
                try (DirectoryReader reader =
                        writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory)) {
                    forEachKey(reader, (doc, key) -> keys.add(key));
                }
                generation = last;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    /** How many texts the index holds. */
    public synchronized int size() {
        return keys.size();
    }

    /**
     * A point-in-time view of the index for searching this knowledge: the documents of texts it does not have (a part
     * served while the rest is embedded) are left out of every result.
     */
    public synchronized Snapshot snapshot(KnowledgeBase knowledge) {
        Map<String, TextSegment> segments = new HashMap<>();
        entries(knowledge).forEach((key, entry) -> segments.put(key, entry.segment()));
        try {
            DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
            TextSegment[] byDoc = new TextSegment[reader.maxDoc()];
            forEachKey(reader, (doc, key) -> byDoc[doc] = segments.get(key));
            return new Snapshot(reader, byDoc);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    private static void forEachKey(DirectoryReader reader, KeyConsumer consumer) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(KEY);
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    consumer.accept(leaf.docBase + doc, values.binaryValue().utf8ToString());
                }
            }
        }
    }

    private interface KeyConsumer {
        void accept(int doc, String key) throws IOException;
    }

    @Override
    public synchronized void close() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the search index failed: {}", e.getMessage());
        }
    }

    /** The folder on disk, if any. */
    public java.util.Optional<Path> folder() {
        return java.util.Optional.ofNullable(folder);
    }

    /** A reader over the index at one moment, with each document's segment of the knowledge it serves. */
    public static final class Snapshot implements AutoCloseable {

        private final DirectoryReader reader;
        private final org.apache.lucene.search.IndexSearcher searcher;
        private final TextSegment[] byDoc;

        Snapshot(DirectoryReader reader, TextSegment[] byDoc) {
            this.reader = reader;
            this.searcher = new org.apache.lucene.search.IndexSearcher(reader);
            this.byDoc = byDoc;
        }

        public org.apache.lucene.search.IndexSearcher searcher() {
            return searcher;
        }

        /** The knowledge's segment of a document (by its index-wide number), or null for one this knowledge lacks. */
        public TextSegment segment(int doc) {
            return doc < byDoc.length ? byDoc[doc] : null;
        }

        /** How many documents of this knowledge the snapshot holds. */
        public long documents() {
            return java.util.Arrays.stream(byDoc)
                    .filter(java.util.Objects::nonNull)
                    .count();
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                log.warn("Closing a search index reader failed: {}", e.getMessage());
            }
        }
    }
}
