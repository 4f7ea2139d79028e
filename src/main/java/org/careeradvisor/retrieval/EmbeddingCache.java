package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Embeddings kept on disk, keyed by a hash of the embedded text and the model name, so a restart with
 * unchanged knowledge embeds nothing. A damaged cache file is ignored and rebuilt, never trusted.
 */
public class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int FORMAT = 1;

    private final Path file;
    private final Map<String, float[]> entries = new LinkedHashMap<>();

    public EmbeddingCache(Path dir, String modelName) {
        this.file = dir.resolve("embeddings-" + modelName + ".bin");
        read();
    }

    public synchronized Optional<Embedding> get(String text) {
        float[] vector = entries.get(key(text));
        return vector == null ? Optional.empty() : Optional.of(Embedding.from(vector));
    }

    public int size() {
        return entries.size();
    }

    /** Replaces the cache with exactly these texts' embeddings and writes it atomically. */
    public synchronized void save(Map<String, Embedding> byText) {
        entries.clear();
        add(byText);
    }

    /** Adds these texts' embeddings to the cache and writes it atomically (a cache filled in several batches). */
    public synchronized void add(Map<String, Embedding> byText) {
        byText.forEach((text, embedding) -> entries.put(key(text), embedding.vector()));
        write();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "embeddings", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(FORMAT);
                out.writeInt(entries.size());
                for (Map.Entry<String, float[]> entry : entries.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not write the embedding cache {}: {}", file, e.getMessage());
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("unknown format");
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int j = 0; j < vector.length; j++) {
                    vector[j] = in.readFloat();
                }
                entries.put(key, vector);
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
            log.warn("Ignoring the damaged embedding cache {}: {}", file, e.getMessage());
        }
    }

    private static String key(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
