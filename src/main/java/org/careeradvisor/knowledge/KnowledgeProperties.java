package org.careeradvisor.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where role documents live, how they are cut into chunks, and how large one file may be before it is skipped.
 *
 * @param dir             folder scanned recursively for role documents; when missing, the documents packaged in the jar are used
 * @param cacheDir        folder for the on-disk embedding cache
 * @param maxChunkChars   longest chunk body before a section is split at paragraph or bullet boundaries
 * @param watch           whether changes in the folder are picked up without a restart
 * @param maxFileSize     largest file read; a larger one is skipped and reported, never read
 * @param maxFileSegments most chunks and statements (the texts that are embedded) one file may yield; a file that
 *                        yields more is skipped and reported, so one file cannot keep indexing busy for minutes
 */
@ConfigurationProperties("advisor.knowledge")
public record KnowledgeProperties(String dir, String cacheDir, Integer maxChunkChars, Boolean watch, DataSize maxFileSize,
                                  Integer maxFileSegments) {

    /** The shipped files are at most 20 KB and 250 segments; these limits leave a hundredfold margin. */
    public static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(2);
    public static final int DEFAULT_MAX_FILE_SEGMENTS = 4000;

    public KnowledgeProperties(String dir, String cacheDir, Integer maxChunkChars) {
        this(dir, cacheDir, maxChunkChars, null, null, null);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public KnowledgeProperties {
        watch = watch == null || watch;
        dir = dir == null || dir.isBlank() ? "knowledge" : dir;
        cacheDir = cacheDir == null || cacheDir.isBlank() ? "data/index" : cacheDir;
        maxChunkChars = maxChunkChars == null || maxChunkChars < 200 ? 1200 : maxChunkChars;
        maxFileSize = maxFileSize == null || maxFileSize.toBytes() < 1 ? DEFAULT_MAX_FILE_SIZE : maxFileSize;
        maxFileSegments = maxFileSegments == null || maxFileSegments < 1 ? DEFAULT_MAX_FILE_SEGMENTS : maxFileSegments;
    }

    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(null, null, null);
    }

    /** The same settings with other per-file limits. */
    public KnowledgeProperties withLimits(DataSize fileSize, int fileSegments) {
        return new KnowledgeProperties(dir, cacheDir, maxChunkChars, watch, fileSize, fileSegments);
    }
}
