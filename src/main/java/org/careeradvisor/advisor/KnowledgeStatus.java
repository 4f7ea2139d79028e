package org.careeradvisor.advisor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.retrieval.IndexingJob;

/**
 * What the admin sees of the knowledge: the version in service, the files not serving with the reason, and the
 * indexing job running or last finished. Names are relative to the knowledge folder, never disk paths.
 *
 * @param parseErrors every file that failed to load the last time, with the reason (one that loaded before keeps its
 *                    previous version)
 * @param skipped     files not serving at all (never parsed, over a limit, symbolic links), with the reason
 */
public record KnowledgeStatus(
        int documents,
        int roles,
        int sections,
        int chunks,
        Instant lastIndexed,
        Map<String, String> parseErrors,
        Map<String, String> skipped,
        Job indexing) {

    static KnowledgeStatus of(Optional<KnowledgeBase> serving, Optional<IndexingJob.Status> job) {
        Job indexing = job.map(Job::of).orElse(null);
        if (serving.isEmpty()) {
            return new KnowledgeStatus(0, 0, 0, 0, null, Map.of(), Map.of(), indexing);
        }
        KnowledgeBase knowledge = serving.get();
        Map<String, String> skipped = new LinkedHashMap<>();
        knowledge.skipped().forEach(name -> skipped.put(name, knowledge.errors().getOrDefault(name, "not readable")));
        return new KnowledgeStatus(
                knowledge.documents(),
                knowledge.roles().size(),
                knowledge.sections(),
                knowledge.chunks().size(),
                knowledge.loadedAt(),
                knowledge.errors(),
                skipped,
                indexing);
    }

    /**
     * One indexing job.
     *
     * @param state    queued, running, done or failed
     * @param progress files and texts embedded of those that were not embedded yet when the job started
     */
    public record Job(
            long id,
            String trigger,
            String state,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt,
            Progress progress,
            String error) {

        static Job of(IndexingJob.Status status) {
            return new Job(
                    status.id(),
                    status.trigger(),
                    status.state().name().toLowerCase(Locale.ROOT),
                    status.queuedAt(),
                    status.startedAt(),
                    status.finishedAt(),
                    new Progress(
                            status.filesDone(), status.filesTotal(), status.segmentsDone(), status.segmentsTotal()),
                    status.error());
        }
    }

    public record Progress(int filesDone, int filesTotal, int segmentsDone, int segmentsTotal) {}
}
