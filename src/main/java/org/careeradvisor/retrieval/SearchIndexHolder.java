package org.careeradvisor.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Owns the live search index: builds it in the background at start-up so the process is alive at once,
 * and reports whether questions can be answered yet.
 */
public class SearchIndexHolder {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexHolder.class);

    private final KnowledgeProperties knowledgeProperties;
    private final RetrievalProperties retrievalProperties;
    private final EmbeddingModel model;
    private final KnowledgeLoader loader;
    private final AtomicReference<SearchIndex> current = new AtomicReference<>();
    private volatile String failure;
    private final List<Consumer<SearchIndex>> preparers = new CopyOnWriteArrayList<>();

    public SearchIndexHolder(KnowledgeProperties knowledgeProperties, RetrievalProperties retrievalProperties,
                             EmbeddingModel model) {
        this.knowledgeProperties = knowledgeProperties;
        this.retrievalProperties = retrievalProperties;
        this.model = model;
        this.loader = new KnowledgeLoader(knowledgeProperties);
    }

    /** Runs for every index built, before it serves questions (and now, for the one in service, if any). */
    public void beforeServing(Consumer<SearchIndex> preparer) {
        preparers.add(preparer);
        find().ifPresent(preparer);
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

    /** Starts building the index on a background thread. */
    public void buildInBackground() {
        Thread thread = new Thread(this::rebuild, "knowledge-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Loads the knowledge and swaps in a fresh index atomically: answers in flight finish on the index they started
     * with. On failure the previous index stays in service.
     */
    public synchronized SearchIndex rebuild() {
        try {
            var knowledge = loader.load();
            var cache = new EmbeddingCache(Path.of(knowledgeProperties.cacheDir()), "bge-small-en-v15-q");
            SearchIndex index = SearchIndex.build(knowledge, model, cache, retrievalProperties);
            // What reads questions against this knowledge (role names, spelling, intent examples) is made ready first,
            // so the first question after a start or reload is not the one that pays for it.
            preparers.forEach(preparer -> preparer.accept(index));
            current.set(index);
            failure = null;
            return index;
        } catch (RuntimeException e) {
            failure = e.getMessage();
            log.error("Building the search index failed: {}", e.getMessage(), e);
            throw e;
        }
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
