package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTests {

    @TempDir
    Path dir;

    @Test
    void everyBatchAddedIsOnDiskAtOnceSoARunKilledLaterKeepsIt() {
        EmbeddingCache cache = new EmbeddingCache(dir, "m");
        cache.add(batch(0, 64));
        cache.add(batch(64, 64));

        // A second process reading the file now (the first one killed before finishing) finds both batches.
        EmbeddingCache reopened = new EmbeddingCache(dir, "m");
        assertThat(reopened.size()).isEqualTo(128);
        assertThat(reopened.get("text 100").orElseThrow().vector()).containsExactly(vector(100));
    }

    @Test
    void aRecordTornByAKillIsDroppedAndTheEntriesBeforeItAreKept() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir, "m");
        cache.add(batch(0, 10));
        cache.add(batch(10, 1));
        Path file = dir.resolve("embeddings-m.bin");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7));

        EmbeddingCache reopened = new EmbeddingCache(dir, "m");
        assertThat(reopened.size()).isEqualTo(10);
        assertThat(reopened.get("text 10")).isEmpty();

        // Adding after a torn tail repairs the file rather than appending behind the garbage.
        reopened.add(batch(10, 5));
        assertThat(new EmbeddingCache(dir, "m").size()).isEqualTo(15);
    }

    @Test
    void aFlippedByteIsNotTrustedAsAnEmbedding() throws Exception {
        new EmbeddingCache(dir, "m").add(batch(0, 3));
        Path file = dir.resolve("embeddings-m.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x40;
        Files.write(file, bytes);

        EmbeddingCache reopened = new EmbeddingCache(dir, "m");
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(reopened.get("text 2")).isEmpty();
    }

    @Test
    void aCacheWrittenByThePreviousVersionIsStillRead() throws Exception {
        Path file = dir.resolve("embeddings-m.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE))) {
            out.writeInt(1);
            out.writeInt(1);
            out.writeUTF(java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest("text 7".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            out.writeInt(3);
            for (float value : vector(7)) {
                out.writeFloat(value);
            }
        }

        EmbeddingCache cache = new EmbeddingCache(dir, "m");
        assertThat(cache.get("text 7").orElseThrow().vector()).containsExactly(vector(7));
        cache.add(batch(8, 1));
        assertThat(new EmbeddingCache(dir, "m").size()).isEqualTo(2);
    }

    @Test
    void retainingTheTextsInUseDropsTheRest() {
        EmbeddingCache cache = new EmbeddingCache(dir, "m");
        cache.add(batch(0, 4));
        cache.retainOnly(java.util.List.of("text 1", "text 3"));

        EmbeddingCache reopened = new EmbeddingCache(dir, "m");
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(reopened.get("text 3")).isPresent();
        assertThat(reopened.get("text 0")).isEmpty();
    }

    private static Map<String, Embedding> batch(int from, int count) {
        Map<String, Embedding> batch = new LinkedHashMap<>();
        for (int i = from; i < from + count; i++) {
            batch.put("text " + i, Embedding.from(vector(i)));
        }
        return batch;
    }

    private static float[] vector(int i) {
        return new float[] {i, i / 2f, -i};
    }
}
