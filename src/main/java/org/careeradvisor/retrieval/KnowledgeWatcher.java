package org.careeradvisor.retrieval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
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

/**
 * Watches the knowledge folder (recursively) and rebuilds the index shortly after files are added, edited or
 * deleted, once the changes have settled, so an edit is answered from within seconds without a restart. Links to
 * folders are not watched (nor read: see the loader).
 */
public class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    static final Duration QUIET_PERIOD = Duration.ofMillis(700);

    private final SearchIndexHolder holder;
    private final Path folder;
    private WatchService watcher;
    private Thread thread;

    public KnowledgeWatcher(SearchIndexHolder holder, Path folder) {
        this.holder = holder;
        this.folder = folder;
    }

    public void start() throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        registerTree(folder);
        thread = new Thread(this::watch, "knowledge-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for knowledge changes", folder.toAbsolutePath());
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
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
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
            for (Path dir : dirs.filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (thread != null) {
            thread.interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
    }
}
