package org.careeradvisor.retrieval;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs index builds one at a time on the "knowledge-indexer" thread and keeps track of them: at most one job running
 * and one waiting behind it, so a burst of requests or file changes never piles up builds.
 */
final class IndexingJobs implements AutoCloseable {

    private final Consumer<IndexingJob> build;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "knowledge-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong ids = new AtomicLong();
    private IndexingJob running;
    private IndexingJob queued;
    private IndexingJob last;

    /** @param build runs one job to its end (done or failed), on the indexer thread */
    IndexingJobs(Consumer<IndexingJob> build) {
        this.build = build;
    }

    /** A job for a build run by the caller, outside the queue (the offline commands, tests). */
    IndexingJob direct() {
        return new IndexingJob(ids.incrementAndGet(), "direct");
    }

    /** Reports the job running or waiting, or queues a new one when there is none. */
    synchronized IndexingJob.Status startUnlessBusy(String trigger) {
        IndexingJob busy = running != null ? running : queued;
        return busy != null ? busy.status() : enqueue(trigger);
    }

    /** Makes sure one job starts after the running one (if any): one waiting job covers any number of requests. */
    synchronized IndexingJob.Status startAfterCurrent(String trigger) {
        return queued != null ? queued.status() : enqueue(trigger);
    }

    /** The job running, else the one waiting, else the last one finished. */
    synchronized Optional<IndexingJob.Status> latest() {
        IndexingJob job = running != null ? running : queued != null ? queued : last;
        return Optional.ofNullable(job).map(IndexingJob::status);
    }

    private IndexingJob.Status enqueue(String trigger) {
        IndexingJob job = new IndexingJob(ids.incrementAndGet(), trigger);
        queued = job;
        indexer.execute(() -> run(job));
        return job.status();
    }

    private void run(IndexingJob job) {
        synchronized (this) {
            if (queued == job) {
                queued = null;
            }
            running = job;
        }
        try {
            build.accept(job);
        } catch (RuntimeException reported) {
            // the build logged it and marked the job failed; the previous index keeps serving
        } finally {
            synchronized (this) {
                running = null;
                last = job;
            }
        }
    }

    @Override
    public void close() {
        indexer.shutdownNow();
    }
}
