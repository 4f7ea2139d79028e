package org.careeradvisor.knowledge;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where role documents live, how they are cut into chunks, and how large one file may be before it is skipped.
 *
 * @param dir             folder scanned recursively for role documents; when missing, the documents packaged in the jar
 * are used
 * @param cacheDir        folder for the on-disk embedding cache
 * @param maxChunkChars   longest chunk body before a section is split at paragraph or bullet boundaries
 * @param watch           whether changes in the folder are picked up without a restart
 * @param maxFileSize     largest file read; a larger one is skipped and reported, never read
 * @param maxFileSegments most chunks and statements (the texts that are embedded) one file may yield; a file that
 *                        yields more is skipped and reported, so one file cannot keep indexing busy for minutes
 */
@ConfigurationProperties("advisor.knowledge")
@Validated
public record KnowledgeProperties(
        @DefaultValue("knowledge") @NotBlank String dir,
        @DefaultValue("data/index") @NotBlank String cacheDir,
        @DefaultValue("1200") @Min(200) int maxChunkChars,
        @DefaultValue("true") boolean watch,
        @DefaultValue("2MB") @NotNull DataSize maxFileSize,
        @DefaultValue("4000") @Positive int maxFileSegments) {

    // The shipped files are at most 20 KB and 250 segments: the default limits leave a hundredfold margin.

    @AssertTrue(message = "advisor.knowledge.max-file-size must be at least one byte")
    boolean isMaxFileSizePositive() {
        return maxFileSize == null || maxFileSize.toBytes() > 0;
    }

    /** The settings Spring binds when none is given, for code outside the application context. */
    public static KnowledgeProperties defaults() {
        return of(Map.of());
    }

    /** These settings (named as in {@code application.yml}, without the prefix) bound over the defaults. */
    public static KnowledgeProperties of(Map<String, ?> properties) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        properties.forEach((name, value) -> source.put("advisor.knowledge." + name, value));
        return new Binder(source).bindOrCreate("advisor.knowledge", KnowledgeProperties.class);
    }

    /** The same settings with other per-file limits. */
    public KnowledgeProperties withLimits(DataSize fileSize, int fileSegments) {
        return new KnowledgeProperties(dir, cacheDir, maxChunkChars, watch, fileSize, fileSegments);
    }
}
