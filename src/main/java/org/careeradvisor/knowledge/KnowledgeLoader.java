package org.careeradvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every role document under the knowledge folder (recursively, any common format) and chunks it.
 * A file that cannot be read is logged with its reason and skipped; the rest still load.
 */
public class KnowledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);
    private static final Set<String> MARKDOWN = Set.of("md", "markdown");
    private static final Set<String> PLAIN = Set.of("txt", "text");
    private static final Set<String> TIKA = Set.of("html", "htm", "xhtml", "pdf", "docx", "doc", "odt", "rtf", "pptx");

    private final MarkdownRoleParser markdown = new MarkdownRoleParser();
    private final PlainTextRoleParser plainText = new PlainTextRoleParser();
    private final TikaTextExtractor tika;
    private final KnowledgeProperties properties;
    /** The last good parse of each file, by name, with the hash of the bytes it came from. */
    private final Map<String, Parsed> lastGood = new java.util.HashMap<>();

    public KnowledgeLoader(KnowledgeProperties properties) {
        this.properties = properties;
        this.tika = new TikaTextExtractor((int)
                Math.min(Integer.MAX_VALUE - 8, 4 * properties.maxFileSize().toBytes()));
    }

    /**
     * Loads the knowledge; on later calls only files whose bytes changed are parsed again, and a file that fails to
     * parse keeps serving its last good version (the error is still reported). A file over the size or segment limit
     * is treated like one that fails to parse; a symbolic link is never followed.
     */
    public synchronized KnowledgeBase load() {
        long started = System.nanoTime();
        Listing listing = list();
        Map<String, RoleDocument> files = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>(listing.refused().keySet());
        Map<String, String> errors = new LinkedHashMap<>(listing.refused());
        listing.refused().forEach((name, reason) -> log.warn("Skipped knowledge file {}: {}", name, reason));
        Set<String> present = new java.util.HashSet<>();
        int parsed = 0;
        Map<String, Object> parsedAhead = parseAhead(listing.resources());
        for (Resource resource : listing.resources()) {
            String name = displayName(resource);
            String extension = extension(name);
            if (!MARKDOWN.contains(extension) && !PLAIN.contains(extension) && !TIKA.contains(extension)) {
                continue;
            }
            present.add(name);
            RoleDocument role;
            try {
                byte[] bytes = read(resource);
                String hash = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(bytes));
                Parsed previous = lastGood.get(name);
                if (previous != null && previous.hash().equals(hash)) {
                    role = previous.role();
                } else {
                    Object ahead = parsedAhead.get(name + "\n" + hash);
                    if (ahead instanceof IOException failed) {
                        throw failed;
                    }
                    if (ahead instanceof RuntimeException failed) {
                        throw failed;
                    }
                    role = ahead instanceof RoleDocument done ? done : parseAndCheck(bytes, name, extension);
                    parsed++;
                    lastGood.put(name, new Parsed(hash, role));
                }
            } catch (IOException | RuntimeException | java.security.NoSuchAlgorithmException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                errors.put(name, reason);
                Parsed previous = lastGood.get(name);
                if (previous == null) {
                    skipped.add(name);
                    log.warn("Skipped knowledge file {}: {}", name, reason);
                    continue;
                }
                log.warn("Knowledge file {} failed to parse ({}); its previous version keeps serving", name, reason);
                role = previous.role();
            }
            files.put(name, role);
        }
        lastGood.keySet().retainAll(present);
        KnowledgeBase knowledge = assemble(files, skipped, errors);
        log.info(
                "Knowledge loaded: {} documents ({} parsed now), {} roles, {} sections, {} chunks, {} statements, {} skipped in {} ms",
                knowledge.documents(),
                parsed,
                knowledge.roles().size(),
                knowledge.sections(),
                knowledge.chunks().size(),
                knowledge.statements().size(),
                skipped.size(),
                (System.nanoTime() - started) / 1_000_000);
        return knowledge;
    }

    /**
     * Parses the new or changed Markdown and plain-text files on every core at once (a thousand role files at a
     * start), each to its document or the exception it failed with, by name and hash; the rest is left to the loop.
     */
    private Map<String, Object> parseAhead(List<Resource> resources) {
        List<Object[]> work = new ArrayList<>();
        for (Resource resource : resources) {
            String name = displayName(resource);
            String extension = extension(name);
            if (!MARKDOWN.contains(extension) && !PLAIN.contains(extension)) {
                continue;
            }
            try {
                byte[] bytes = read(resource);
                String hash = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(bytes));
                Parsed previous = lastGood.get(name);
                if (previous == null || !previous.hash().equals(hash)) {
                    work.add(new Object[] {name, extension, bytes, hash});
                }
            } catch (IOException | RuntimeException | java.security.NoSuchAlgorithmException e) {
                // read again (and reported) by the loop
            }
        }
        if (work.size() < 2) {
            return Map.of();
        }
        Map<String, Object> results = new java.util.concurrent.ConcurrentHashMap<>();
        work.parallelStream().forEach(item -> {
            String name = (String) item[0];
            Object result;
            try {
                result = parseAndCheck((byte[]) item[2], name, (String) item[1]);
            } catch (IOException | RuntimeException e) {
                result = e;
            }
            results.put(name + "\n" + item[3], result);
        });
        return results;
    }

    private RoleDocument parseAndCheck(byte[] bytes, String name, String extension) throws IOException {
        RoleDocument role = parse(bytes, name, extension);
        if (role.sections().isEmpty()) {
            throw new IOException("no text found");
        }
        checkSegments(role);
        return role;
    }

    /** The same knowledge without some of its files (say, ones whose embeddings are not ready yet). */
    public KnowledgeBase without(KnowledgeBase knowledge, Set<String> names) {
        Map<String, RoleDocument> files = new LinkedHashMap<>(knowledge.files());
        files.keySet().removeAll(names);
        return assemble(files, knowledge.skipped(), knowledge.errors());
    }

    private KnowledgeBase assemble(Map<String, RoleDocument> files, List<String> skipped, Map<String, String> errors) {
        Map<String, RoleDocument> roles = new LinkedHashMap<>();
        for (RoleDocument role : files.values()) {
            RoleDocument earlier = roles.putIfAbsent(role.id(), role);
            if (earlier != null) {
                roles.put(role.id(), merge(earlier, role));
            }
        }
        SectionChunker chunker = new SectionChunker(properties.maxChunkChars());
        // Every core, in the roles' order (a thousand roles at a start).
        List<Chunk> chunks = roles.values().parallelStream()
                .flatMap(role -> chunker.chunk(role).stream())
                .toList();
        List<Statement> statements = roles.values().parallelStream()
                .flatMap(role -> Statements.of(role).stream())
                .toList();
        return new KnowledgeBase(
                List.copyOf(roles.values()), chunks, statements, files, skipped, errors, Instant.now());
    }

    /** Every segment of a file is embedded: past the limit, indexing one file would hold up every other change. */
    private void checkSegments(RoleDocument role) throws IOException {
        int segments =
                new SectionChunker(properties.maxChunkChars()).chunk(role).size()
                        + Statements.of(role).size();
        if (segments > properties.maxFileSegments()) {
            throw new IOException(String.format(
                    Locale.ROOT,
                    "yields %,d chunks and statements, over the limit of %,d (advisor.knowledge.max-file-segments); not indexed",
                    segments,
                    properties.maxFileSegments()));
        }
    }

    /** Reads at most one byte past the size limit, so an oversized file is never read whole. */
    private byte[] read(Resource resource) throws IOException {
        long limit = properties.maxFileSize().toBytes();
        long length = resource.contentLength();
        byte[] bytes = length > limit ? null : read(resource.getInputStream(), limit);
        if (bytes == null || bytes.length > limit) {
            throw new IOException("is " + size(Math.max(length, limit + 1)) + ", over the " + size(limit)
                    + " limit (advisor.knowledge.max-file-size); not read");
        }
        return bytes;
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024) : bytes + " bytes";
    }

    private RoleDocument parse(byte[] bytes, String name, String extension) throws IOException {
        if (TIKA.contains(extension)) {
            return plainText.parse(tika.extract(new java.io.ByteArrayInputStream(bytes)), name);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return MARKDOWN.contains(extension) ? markdown.parse(text, name) : plainText.parse(text, name);
    }

    /** The folder watched for changes, when the knowledge comes from one (not from the packaged documents). */
    public java.util.Optional<Path> folder() {
        Path dir = Path.of(properties.dir());
        try {
            // The folder may itself be a link; what is watched is the folder it names, as it is what is read.
            return Files.isDirectory(dir) ? java.util.Optional.of(dir.toRealPath()) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private record Parsed(String hash, RoleDocument role) {}

    /** Two files about the same role (say, a Markdown profile and a PDF salary sheet) become one role. */
    private static RoleDocument merge(RoleDocument first, RoleDocument second) {
        List<String> aliases = new ArrayList<>(first.aliases());
        second.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
        // Each section keeps the file it came from, so answers cite the right document.
        List<Section> sections = new ArrayList<>(first.sections().stream()
                .map(section -> section.sourceFile() == null ? section.withSource(first.sourceFile()) : section)
                .toList());
        second.sections().stream()
                .map(section -> section.sourceFile() == null ? section.withSource(second.sourceFile()) : section)
                .forEach(sections::add);
        return new RoleDocument(
                first.id(),
                first.title(),
                aliases,
                first.summary() != null ? first.summary() : second.summary(),
                first.updated() != null ? first.updated() : second.updated(),
                first.sourceFile(),
                sections,
                java.util.stream.Stream.concat(first.aspirations().stream(), second.aspirations().stream())
                        .distinct()
                        .toList());
    }

    /**
     * The files to read, and the entries refused before reading, by name with the reason. Symbolic links are never
     * followed, neither to files nor to folders: one pointing outside the folder would publish whatever it points at,
     * and one pointing inside only repeats a file that is read under its own name anyway. The folder itself may be a
     * link.
     */
    private Listing list() {
        Path dir = Path.of(properties.dir());
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            if (Files.isDirectory(dir)) {
                Path root = dir.toRealPath();
                List<Resource> files = new ArrayList<>();
                Map<String, String> refused = new LinkedHashMap<>();
                try (var paths = Files.walk(root)) {
                    for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                        String name = root.relativize(path).toString().replace('\\', '/');
                        if (Files.isSymbolicLink(path)) {
                            refused.put(name, linkReason(root, path));
                        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                            files.add(new NamedFileResource(path, name));
                        }
                    }
                }
                return new Listing(files, refused);
            }
            log.warn(
                    "Knowledge folder {} not found; using the role documents packaged with the application",
                    dir.toAbsolutePath());
            return new Listing(
                    List.of(resolver.getResources("classpath*:knowledge/**/*.*")).stream()
                            .sorted(Comparator.comparing(KnowledgeLoader::displayName))
                            .toList(),
                    Map.of());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalStateException(
                    "Cannot list knowledge files in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Why a link is skipped, without saying where it points (the target's path is nobody else's business). */
    private static String linkReason(Path root, Path link) {
        try {
            return link.toRealPath().startsWith(root)
                    ? "a symbolic link; links are not followed (a target inside the folder is read under its own name)"
                    : "a symbolic link to something outside the knowledge folder; not followed";
        } catch (IOException e) {
            return "a symbolic link whose target does not exist; not followed";
        }
    }

    private record Listing(List<Resource> resources, Map<String, String> refused) {}

    private static byte[] read(InputStream input, long limit) throws IOException {
        try (input) {
            return input.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        }
    }

    private static String displayName(Resource resource) {
        if (resource instanceof NamedFileResource named) {
            return named.relativeName();
        }
        try {
            String url = resource.getURL().toString();
            int index = url.lastIndexOf("knowledge/");
            return index >= 0 ? url.substring(index + "knowledge/".length()) : resource.getFilename();
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A file with the name it has relative to the knowledge folder, which is what sources cite. */
    private static final class NamedFileResource extends org.springframework.core.io.FileSystemResource {
        private final String relativeName;

        NamedFileResource(Path path, String relativeName) {
            super(path);
            this.relativeName = relativeName.replace('\\', '/');
        }

        /** Refuses a file that was swapped for a link after the folder was listed. */
        @Override
        public InputStream getInputStream() throws IOException {
            return Files.newInputStream(getFile().toPath(), LinkOption.NOFOLLOW_LINKS);
        }

        String relativeName() {
            return relativeName;
        }
    }
}
