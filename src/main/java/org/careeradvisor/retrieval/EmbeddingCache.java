package org.careeradvisor.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings kept on disk, keyed by a hash of the embedded text and the model name, so a restart with unchanged
 * knowledge embeds nothing. The file is a log: each batch is appended as it is embedded, every record with its own
 * checksum, so a process killed mid-run keeps every batch written before and a torn last record is dropped, never
 * trusted. Rewrites (dropping stale entries, repairing a damaged tail) go to a temporary file that is moved into place.
 */
public class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    /** The first format: one block written in full each time, starting with this number; still read. */
    private static final int LEGACY_FORMAT = 1;

    private static final int MAGIC = 0x43414543;
    private static final int FORMAT = 2;
    private static final int HEADER = 8;
    private static final int KEY = 32;

    private final Path file;
    private final Map<String, float[]> entries = new LinkedHashMap<>();
    /** Whether the file must be rewritten before it can be appended to (old format, damaged tail). */
    private boolean rewrite;

    public EmbeddingCache(Path dir, String modelName) {
        this.file = dir.resolve("embeddings-" + modelName + ".bin");
        read();
    }

    public synchronized Optional<Embedding> get(String text) {
        float[] vector = entries.get(key(text));
        return vector == null ? Optional.empty() : Optional.of(Embedding.from(vector));
    }

    public synchronized boolean contains(String text) {
        return entries.containsKey(key(text));
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Replaces the cache with exactly these texts' embeddings and writes it atomically. */
    public synchronized void save(Map<String, Embedding> byText) {
        entries.clear();
        byText.forEach((text, embedding) -> entries.put(key(text), embedding.vector()));
        rewrite();
    }

    /** Drops every entry but these texts' (stale ones, from files since changed or deleted), if there are any. */
    public synchronized void retainOnly(Collection<String> texts) {
        Set<String> keep = new HashSet<>();
        texts.forEach(text -> keep.add(key(text)));
        if (entries.keySet().retainAll(keep)) {
            rewrite();
        }
    }

    /** Adds these texts' embeddings, appending only the ones not cached yet (a cache filled batch by batch). */
    public synchronized void add(Map<String, Embedding> byText) {
        Map<String, float[]> added = new LinkedHashMap<>();
        byText.forEach((text, embedding) -> {
            String key = key(text);
            if (!entries.containsKey(key)) {
                added.put(key, embedding.vector());
            }
        });
        if (added.isEmpty()) {
            return;
        }
        entries.putAll(added);
        if (rewrite || !Files.isRegularFile(file)) {
            rewrite();
        } else {
            append(added);
        }
    }

    private void append(Map<String, float[]> added) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer records = records(added);
            while (records.hasRemaining()) {
                channel.write(records);
            }
        } catch (IOException e) {
            log.warn("Could not add to the embedding cache {}: {}", file, e.getMessage());
        }
    }

    private void rewrite() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "embeddings", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer header =
                        ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(FORMAT).flip();
                channel.write(header);
                ByteBuffer records = records(entries);
                while (records.hasRemaining()) {
                    channel.write(records);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rewrite = false;
        } catch (IOException e) {
            log.warn("Could not write the embedding cache {}: {}", file, e.getMessage());
        }
    }

    /** Each record: the key's 32 hash bytes, the dimension, the floats, and a CRC-32 of all of them. */
    private static ByteBuffer records(Map<String, float[]> records) {
        int size = records.values().stream()
                .mapToInt(vector -> KEY + 4 + 4 * vector.length + 4)
                .sum();
        ByteBuffer buffer = ByteBuffer.allocate(size);
        CRC32 crc = new CRC32();
        records.forEach((key, vector) -> {
            int start = buffer.position();
            buffer.put(HexFormat.of().parseHex(key)).putInt(vector.length);
            for (float value : vector) {
                buffer.putFloat(value);
            }
            crc.reset();
            crc.update(buffer.duplicate().position(start).limit(buffer.position()));
            buffer.putInt((int) crc.getValue());
        });
        return buffer.flip();
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
            int first = bytes.getInt();
            if (first == LEGACY_FORMAT) {
                readLegacy(bytes);
                rewrite = true;
            } else if (first == MAGIC && bytes.getInt() == FORMAT) {
                readRecords(bytes);
            } else {
                throw new IOException("unknown format");
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
            rewrite = true;
            log.warn("Ignoring the damaged embedding cache {}: {}", file, e.getMessage());
        }
    }

    private void readRecords(ByteBuffer bytes) {
        CRC32 crc = new CRC32();
        while (bytes.hasRemaining()) {
            int start = bytes.position();
            if (bytes.remaining() < KEY + 4) {
                damagedTail(start);
                return;
            }
            byte[] key = new byte[KEY];
            bytes.get(key);
            int dimension = bytes.getInt();
            if (dimension < 0 || dimension > 65_536 || bytes.remaining() < 4L * dimension + 4) {
                damagedTail(start);
                return;
            }
            float[] vector = new float[dimension];
            bytes.asFloatBuffer().get(vector);
            bytes.position(bytes.position() + 4 * dimension);
            crc.reset();
            crc.update(bytes.duplicate().position(start).limit(bytes.position()));
            if ((int) crc.getValue() != bytes.getInt()) {
                damagedTail(start);
                return;
            }
            entries.put(HexFormat.of().formatHex(key), vector);
        }
    }

    /**
     * A record cut short by a kill, or garbage after it: what came before is good; the file is rewritten on next add.
     */
    private void damagedTail(int offset) {
        rewrite = true;
        log.warn(
                "The embedding cache {} ends in an incomplete record at byte {}; keeping the {} entries before it",
                file,
                offset,
                entries.size());
    }

    private void readLegacy(ByteBuffer bytes) throws IOException {
        int count = bytes.getInt();
        for (int i = 0; i < count; i++) {
            byte[] key = new byte[Short.toUnsignedInt(bytes.getShort())];
            bytes.get(key);
            float[] vector = new float[bytes.getInt()];
            bytes.asFloatBuffer().get(vector);
            bytes.position(bytes.position() + 4 * vector.length);
            entries.put(new String(key, StandardCharsets.UTF_8), vector);
        }
        if (bytes.hasRemaining()) {
            throw new IOException("unexpected bytes after the last entry");
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
