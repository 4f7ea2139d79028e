package org.careeradvisor.retrieval;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** One (re)build of the search index, from queued to done or failed, with its progress through the files to embed. */
public final class IndexingJob {

    /** Where a job is. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * What a job looks like at one moment.
     *
     * @param filesTotal    files with texts that were not embedded yet when the job started
     * @param segmentsTotal texts (chunks and statements) of those files not embedded yet
     */
    public record Status(
            long id,
            String trigger,
            State state,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt,
            int filesDone,
            int filesTotal,
            int segmentsDone,
            int segmentsTotal,
            String error) {}

    private final long id;
    private final String trigger;
    private final Instant queuedAt = Instant.now();
    private volatile State state = State.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile int filesTotal;
    private volatile int segmentsTotal;
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicInteger segmentsDone = new AtomicInteger();
    private volatile String error;

    IndexingJob(long id, String trigger) {
        this.id = id;
        this.trigger = trigger;
    }

    void started() {
        startedAt = Instant.now();
        state = State.RUNNING;
    }

    void planned(int files, int segments) {
        filesTotal = files;
        segmentsTotal = segments;
    }

    void embedded(int segments) {
        segmentsDone.addAndGet(segments);
    }

    void fileDone() {
        filesDone.incrementAndGet();
    }

    void done() {
        finishedAt = Instant.now();
        state = State.DONE;
    }

    void failed(String reason) {
        error = reason;
        finishedAt = Instant.now();
        state = State.FAILED;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    public Status status() {
        return new Status(
                id,
                trigger,
                state,
                queuedAt,
                startedAt,
                finishedAt,
                filesDone.get(),
                filesTotal,
                segmentsDone.get(),
                segmentsTotal,
                error);
    }
}
