package org.careeradvisor.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private final TikaTextExtractor tika = new TikaTextExtractor();
    private final KnowledgeProperties properties;
    /** The last good parse of each file, by name, with the hash of the bytes it came from. */
    private final Map<String, Parsed> lastGood = new java.util.HashMap<>();

    public KnowledgeLoader(KnowledgeProperties properties) {
        this.properties = properties;
    }

    /**
     * Loads the knowledge; on later calls only files whose bytes changed are parsed again, and a file that fails to
     * parse keeps serving its last good version (the error is still reported).
     */
    public synchronized KnowledgeBase load() {
        long started = System.nanoTime();
        List<Resource> resources = resources();
        Map<String, RoleDocument> roles = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        int documents = 0;
        int parsed = 0;
        for (Resource resource : resources) {
            String name = displayName(resource);
            String extension = extension(name);
            if (!MARKDOWN.contains(extension) && !PLAIN.contains(extension) && !TIKA.contains(extension)) {
                continue;
            }
            present.add(name);
            RoleDocument role;
            try {
                byte[] bytes = read(resource.getInputStream());
                String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
                Parsed previous = lastGood.get(name);
                if (previous != null && previous.hash().equals(hash)) {
                    role = previous.role();
                } else {
                    role = parse(bytes, name, extension);
                    parsed++;
                    if (role.sections().isEmpty()) {
                        throw new IOException("no text found");
                    }
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
            RoleDocument earlier = roles.putIfAbsent(role.id(), role);
            if (earlier != null) {
                roles.put(role.id(), merge(earlier, role));
            }
            documents++;
        }
        lastGood.keySet().retainAll(present);
        SectionChunker chunker = new SectionChunker(properties.maxChunkChars());
        List<Chunk> chunks = roles.values().stream().flatMap(role -> chunker.chunk(role).stream()).toList();
        List<Statement> statements = roles.values().stream().flatMap(role -> Statements.of(role).stream()).toList();
        KnowledgeBase knowledge = new KnowledgeBase(List.copyOf(roles.values()), chunks, statements, documents, skipped, errors,
                Instant.now());
        log.info("Knowledge loaded: {} documents ({} parsed now), {} roles, {} sections, {} chunks, {} statements, {} skipped in {} ms",
                documents, parsed, knowledge.roles().size(), knowledge.sections(), chunks.size(), statements.size(), skipped.size(),
                (System.nanoTime() - started) / 1_000_000);
        return knowledge;
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
        return Files.isDirectory(dir) ? java.util.Optional.of(dir) : java.util.Optional.empty();
    }

    private record Parsed(String hash, RoleDocument role) {
    }

    /** Two files about the same role (say, a Markdown profile and a PDF salary sheet) become one role. */
    private static RoleDocument merge(RoleDocument first, RoleDocument second) {
        List<String> aliases = new ArrayList<>(first.aliases());
        second.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
        // Each section keeps the file it came from, so answers cite the right document.
        List<Section> sections = new ArrayList<>(first.sections().stream()
                .map(section -> section.sourceFile() == null ? section.withSource(first.sourceFile()) : section).toList());
        second.sections().stream().map(section -> section.sourceFile() == null ? section.withSource(second.sourceFile()) : section)
                .forEach(sections::add);
        return new RoleDocument(first.id(), first.title(), aliases,
                first.summary() != null ? first.summary() : second.summary(),
                first.updated() != null ? first.updated() : second.updated(), first.sourceFile(), sections);
    }

    private List<Resource> resources() {
        Path dir = Path.of(properties.dir());
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            if (Files.isDirectory(dir)) {
                try (var paths = Files.walk(dir)) {
                    return paths.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())
                            .map(path -> (Resource) new NamedFileResource(path, dir.relativize(path).toString()))
                            .toList();
                }
            }
            log.warn("Knowledge folder {} not found; using the role documents packaged with the application", dir.toAbsolutePath());
            return List.of(resolver.getResources("classpath*:knowledge/**/*.*")).stream()
                    .sorted(Comparator.comparing(KnowledgeLoader::displayName)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list knowledge files in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(InputStream input) throws IOException {
        try (input) {
            return input.readAllBytes();
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

        String relativeName() {
            return relativeName;
        }
    }
}
