package org.careeradvisor.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the live search index: builds and rebuilds it as jobs on one background thread, so start-up, a reload or an
 * admin's reindex never holds up a request, and reports whether questions can be answered yet.
 */
public class SearchIndexHolder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexHolder.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /**
     * At start-up, a file with more texts than this to embed (the largest shipped file has 233) is not waited for:
     * the files ready by then serve first. So does everything ready once embedding has taken this long (long enough
     * that a cold start of the shipped knowledge on a busy machine still becomes ready whole, not in parts).
     */
    static final int LARGE_FILE = 300;

    static final Duration SERVE_READY_AFTER = Duration.ofSeconds(60);
    /**
     * At most this much embedding is lost when the process is killed outright mid-run (a run that stops or fails
     * commits what it has). Each commit writes a segment with its own HNSW graph, which Lucene merges (rebuilding the
     * graph) with the others: committing every few seconds of a run of many minutes made hundreds of small segments and
     * merge after merge.
     */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(60);
    /** The model the on-disk index was written with: another model's index is rebuilt. */
    static final String MODEL_NAME = "bge-small-en-v15-q";

    private final KnowledgeProperties knowledgeProperties;
    private final RetrievalProperties retrievalProperties;
    private final EmbeddingModel model;
    private final KnowledgeLoader loader;
    private final AtomicReference<SearchIndex> current = new AtomicReference<>();
    private volatile String failure;
    private final List<Consumer<SearchIndex>> preparers = new CopyOnWriteArrayList<>();
    /** Preparers registered after an index was published, still running. */
    private final java.util.concurrent.atomic.AtomicInteger latePreparers =
            new java.util.concurrent.atomic.AtomicInteger();
    /** One build at a time, whether on the indexer thread or a caller's. */
    private final Object building = new Object();

    private final IndexingJobs jobs = new IndexingJobs(this::run);
    private LuceneIndex store;
    /** The index that served before the current one: closed when the next one replaces the current. */
    private SearchIndex previous;

    /** @param loader the loader of the knowledge {@code knowledgeProperties} names */
    public SearchIndexHolder(
            KnowledgeProperties knowledgeProperties,
            RetrievalProperties retrievalProperties,
            EmbeddingModel model,
            KnowledgeLoader loader) {
        this.knowledgeProperties = knowledgeProperties;
        this.retrievalProperties = retrievalProperties;
        this.model = model;
        this.loader = loader;
    }

    /** A holder outside the application (tools, tests): its loader reads the knowledge the properties name. */
    public static SearchIndexHolder standalone(
            KnowledgeProperties knowledgeProperties, RetrievalProperties retrievalProperties, EmbeddingModel model) {
        KnowledgeLoader loader = new KnowledgeLoader(knowledgeProperties);
        return new SearchIndexHolder(knowledgeProperties, retrievalProperties, model, loader);
    }

    /** Runs for every index built, before it serves questions (and now, for the one in service, if any). */
    public void beforeServing(Consumer<SearchIndex> preparer) {
        synchronized (preparers) {
            // With the index published under the same lock, the preparer sees every index exactly once, however the
            // registration and a build running at start-up interleave.
            preparers.add(preparer);
            find().ifPresent(index -> {
                // Registered after the index was published (the index was ready from its cache before the rest of
                // start-up): prepared beside it, on a thread of its own, and the index reported ready once it is.
                latePreparers.incrementAndGet();
                Thread thread = new Thread(
                        () -> {
                            try {
                                preparer.accept(index);
                            } catch (RuntimeException e) {
                                log.warn("Preparing the index for questions failed: {}", e.toString());
                            } finally {
                                latePreparers.decrementAndGet();
                            }
                        },
                        "index-preparer");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Whether an index is in service and everything that reads questions against it has been prepared for it. */
    public boolean ready() {
        return find().isPresent() && latePreparers.get() == 0;
    }

    /** The embedding model the index is built with, for anything else that compares texts by meaning. */
    public EmbeddingModel model() {
        return model;
    }

    /** Where embeddings are cached on disk. */
    public Path cacheDir() {
        return Path.of(knowledgeProperties.cacheDir());
    }

    /** The loader, whose folder (if any) is watched for changes. */
    public KnowledgeLoader loader() {
        return loader;
    }

    /**
     * Starts building the index on the indexer thread; the application is alive (not ready) meanwhile. Called as soon
     * as the holder exists, so that indexing overlaps the rest of start-up.
     */
    public void buildInBackground() {
        jobs.startAfterCurrent("start-up");
    }

    /** Reindexes on an admin's request: while a job runs (or waits), that job is reported and no other is started. */
    public IndexingJob.Status reindex() {
        return jobs.startUnlessBusy("admin request");
    }

    /** The folder changed: one more build after the running one, however many changes arrive meanwhile. */
    public IndexingJob.Status changed() {
        return jobs.startAfterCurrent("file change");
    }

    /** The indexing job running, else the one waiting, else the last one finished. */
    public Optional<IndexingJob.Status> job() {
        return jobs.latest();
    }

    /** Stops the indexer thread (a job under way stops at its next batch; what it embedded is cached). */
    @Override
    public void close() {
        jobs.close();
        synchronized (building) {
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * Loads the knowledge and builds a fresh index on the calling thread, then swaps it in atomically: answers in
     * flight finish on the index they started with. On failure the previous index stays in service.
     */
    public SearchIndex rebuild() {
        return run(jobs.direct());
    }

    /**
     * Files whose texts are all in the on-disk index are ready at once; the others are embedded smallest first, in
     * batches spread over the ingest threads, and added to the index, which is committed every few seconds, so a run
     * that is cut short resumes where it stopped. With nothing in service yet (a start), the ready files serve while
     * a large file is embedded; with an index in service, that index keeps serving until the whole new one is ready.
     */
    private SearchIndex run(IndexingJob job) {
        synchronized (building) {
            job.started();
            long started = System.nanoTime();
            LuceneIndex store = null;
            try {
                KnowledgeBase knowledge = loader.load();
                store = store();
                store.refresh();
                Map<String, LuceneIndex.Entry> entries = LuceneIndex.entries(knowledge);
                Map<String, LuceneIndex.Entry> missing = store.missing(entries);
                Map<String, Map<String, LuceneIndex.Entry>> pending = byFile(missing);
                job.planned(pending.size(), missing.size());
                if (!pending.isEmpty()) {
                    log.info(
                            "Embedding {} new texts of {} knowledge files ({}){}",
                            missing.size(),
                            pending.size(),
                            job.status().trigger(),
                            current.get() == null ? "" : "; the index in service keeps answering");
                    embed(job, knowledge, pending, store);
                }
                int removed = store.retainOnly(entries.keySet());
                store.release();
                SearchIndex index = SearchIndex.over(
                        knowledge, store.snapshot(knowledge), model, retrievalProperties, missing.size(), started);
                if (removed > 0) {
                    log.info("Removed {} texts that are no longer in the knowledge from the search index", removed);
                }
                publish(index);
                failure = null;
                job.done();
                return index;
            } catch (RuntimeException e) {
                if (store != null) {
                    try {
                        // What was embedded before the failure is kept: the next run does not embed it again.
                        store.release();
                    } catch (RuntimeException ignored) {
                        // the failure below is what is reported
                    }
                }
                failure = e.getMessage();
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                log.error("Building the search index failed: {}", e.getMessage(), e);
                throw e;
            }
        }
    }

    /** The texts not in the index yet, by the file they come from. */
    private static Map<String, Map<String, LuceneIndex.Entry>> byFile(Map<String, LuceneIndex.Entry> missing) {
        Map<String, Map<String, LuceneIndex.Entry>> pending = new LinkedHashMap<>();
        missing.forEach(
                (key, entry) -> pending.computeIfAbsent(String.valueOf(entry.file()), name -> new LinkedHashMap<>())
                        .put(key, entry));
        return pending;
    }

    private void serveReadyFiles(KnowledgeBase knowledge, Set<String> pendingFiles, LuceneIndex store) {
        KnowledgeBase ready = loader.without(knowledge, pendingFiles);
        if (!ready.roles().isEmpty()) {
            store.commit();
            publish(SearchIndex.over(ready, store.snapshot(ready), model, retrievalProperties, 0, System.nanoTime()));
            log.info(
                    "Serving {} of {} knowledge files while the other {} are embedded",
                    ready.documents(),
                    knowledge.documents(),
                    pendingFiles.size());
        }
    }

    private void embed(
            IndexingJob job,
            KnowledgeBase knowledge,
            Map<String, Map<String, LuceneIndex.Entry>> pending,
            LuceneIndex store) {
        long started = System.nanoTime();
        long[] logged = {started};
        long[] committed = {started};
        Set<String> remaining = new HashSet<>(pending.keySet());
        List<Map.Entry<String, Map<String, LuceneIndex.Entry>>> smallestFirst = pending.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> entry.getValue().size()))
                .toList();
        ParallelEmbedder embedder = new ParallelEmbedder(model, retrievalProperties.ingestThreads());
        try {
            for (Map.Entry<String, Map<String, LuceneIndex.Entry>> file : smallestFirst) {
                // With nothing in service (a start), the files that are ready serve before a long wait, not after it.
                if (current.get() == null
                        && (file.getValue().size() > LARGE_FILE
                                || System.nanoTime() - started > SERVE_READY_AFTER.toNanos())) {
                    serveReadyFiles(knowledge, remaining, store);
                }
                embedder.embed(file.getValue(), (batch, vectors) -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("indexing stopped: the application is shutting down");
                    }
                    store.add(batch, vectors);
                    job.embedded(batch.size());
                    if (System.nanoTime() - committed[0] > COMMIT_EVERY.toNanos()) {
                        committed[0] = System.nanoTime();
                        store.commit();
                    }
                    if (System.nanoTime() - logged[0] > PROGRESS_EVERY.toNanos()) {
                        logged[0] = System.nanoTime();
                        logProgress(job, file.getKey());
                    }
                });
                remaining.remove(file.getKey());
                job.fileDone();
                if (pending.size() < 50 || job.status().filesDone() % 50 == 0) {
                    logProgress(job, file.getKey());
                }
            }
        } finally {
            embedder.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info(
                "Embedded {} texts in {} s ({} a second, {} ingest threads)",
                job.status().segmentsDone(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                String.format(java.util.Locale.ROOT, "%.0f", job.status().segmentsDone() / Math.max(seconds, 1e-3)),
                retrievalProperties.ingestThreads());
    }

    private static void logProgress(IndexingJob job, String file) {
        IndexingJob.Status status = job.status();
        log.info(
                "Embedding knowledge: {} of {} files, {} of {} texts done (now {})",
                status.filesDone(),
                status.filesTotal(),
                status.segmentsDone(),
                status.segmentsTotal(),
                file);
    }

    private void publish(SearchIndex index) {
        // What reads questions against this knowledge (role names, spelling, intent examples) is made ready first,
        // so the first question after a start or reload is not the one that pays for it.
        synchronized (preparers) {
            preparers.forEach(preparer -> preparer.accept(index));
            SearchIndex replaced = current.getAndSet(index);
            // Answers in flight on the index just replaced finish on it; the one before it has had a whole index's
            // service time to finish them.
            if (previous != null && previous != index && previous != replaced) {
                previous.snapshot().close();
            }
            previous = replaced;
        }
    }

    /**
     * The on-disk index for the holder's lifetime, opened (and its checksums verified) once; a reload reads only what
     * changed.
     */
    private LuceneIndex store() {
        if (store == null) {
            store = LuceneIndex.open(indexDir(), MODEL_NAME, model.dimension());
        }
        return store;
    }

    /** Where the Lucene index lives: the configured folder, else {@code search-index} under the cache folder. */
    public Path indexDir() {
        return retrievalProperties.indexDir() != null
                ? Path.of(retrievalProperties.indexDir())
                : Path.of(knowledgeProperties.cacheDir()).resolve("search-index");
    }

    public Optional<SearchIndex> find() {
        return Optional.ofNullable(current.get());
    }

    public SearchIndex current() {
        return find().orElseThrow(() -> new IndexNotReadyException(
                "The advisor is still reading its role documents. Please try again in a few seconds."));
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
