package org.careeradvisor.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the knowledge folder (recursively) and rebuilds the index shortly after files are added, edited or
 * deleted, once the changes have settled, so an edit is answered from within seconds without a restart. Links to
 * folders are not watched (nor read: see the loader). Starts and stops with the application, and does nothing when
 * {@code advisor.knowledge.watch} is off or the knowledge is not a folder (the documents inside the jar).
 */
class KnowledgeWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    static final Duration QUIET_PERIOD = Duration.ofMillis(700);

    private final SearchIndexHolder holder;
    private final KnowledgeProperties knowledge;
    private WatchService watcher;
    private Thread thread;

    KnowledgeWatcher(SearchIndexHolder holder, KnowledgeProperties knowledge) {
        this.holder = holder;
        this.knowledge = knowledge;
    }

    @Override
    public synchronized void start() {
        var folder = holder.loader().folder();
        if (!knowledge.watch() || folder.isEmpty() || isRunning()) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerTree(folder.get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the knowledge folder " + folder.get(), e);
        }
        thread = new Thread(this::watch, "knowledge-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for knowledge changes", folder.get().toAbsolutePath());
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                // Collect the rest of a burst (an editor's save, a copied folder) before rebuilding once.
                WatchKey next;
                while ((next = watcher.poll(QUIET_PERIOD.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(next);
                }
                if (changed) {
                    // Queued, not run here: the watcher keeps draining events while a large file is embedded.
                    holder.changed();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    log.warn("Cannot watch new folder {}: {}", path, e.getMessage());
                }
            }
            changed = true;
        }
        key.reset();
        return changed;
    }

    private void registerTree(Path root) throws IOException {
        try (var dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // the watcher thread is a daemon and stopped; nothing else to release
            }
            watcher = null;
        }
    }
}
