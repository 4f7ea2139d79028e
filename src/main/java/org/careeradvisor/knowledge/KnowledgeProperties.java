package org.careeradvisor.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where role documents live and how they are cut into chunks.
 *
 * @param dir           folder scanned recursively for role documents; when missing, the documents packaged in the jar are used
 * @param cacheDir      folder for the on-disk embedding cache
 * @param maxChunkChars longest chunk body before a section is split at paragraph or bullet boundaries
 * @param watch         whether changes in the folder are picked up without a restart
 */
@ConfigurationProperties("advisor.knowledge")
public record KnowledgeProperties(String dir, String cacheDir, Integer maxChunkChars, Boolean watch) {

    public KnowledgeProperties(String dir, String cacheDir, Integer maxChunkChars) {
        this(dir, cacheDir, maxChunkChars, null);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public KnowledgeProperties {
        watch = watch == null || watch;
        dir = dir == null || dir.isBlank() ? "knowledge" : dir;
        cacheDir = cacheDir == null || cacheDir.isBlank() ? "data/index" : cacheDir;
        maxChunkChars = maxChunkChars == null || maxChunkChars < 200 ? 1200 : maxChunkChars;
    }

    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(null, null, null);
    }
}
