package org.careeradvisor.knowledge;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the loaded knowledge: the roles, their section chunks and statements, and when it was
 * loaded; each role's statements and name pattern are grouped once, when the snapshot is made.
 */
public final class KnowledgeBase {

    /** Words before a role's name that only say "as this role": "to work as an AI research scientist". */
    private static final String AS_THE_ROLE =
            "((to )?(work|working|start|get hired|be hired|job|career) as (an? |the )?)?";

    private final List<RoleDocument> roles;
    private final List<Chunk> chunks;
    private final List<Statement> statements;
    private final int documents;
    private final List<String> skipped;
    private final Map<String, String> errors;
    private final Instant loadedAt;
    private final Map<String, List<Statement>> statementsByRole;
    private final Map<String, Pattern> namesByRole = new LinkedHashMap<>();
    private final Map<String, RoleDocument> files;

    public KnowledgeBase(
            List<RoleDocument> roles,
            List<Chunk> chunks,
            List<Statement> statements,
            int documents,
            List<String> skipped,
            Map<String, String> errors,
            Instant loadedAt) {
        this(roles, chunks, statements, documents, Map.of(), skipped, errors, loadedAt);
    }

    /**
     * @param skipped files not serving at all (they never parsed)
     * @param errors  every file that failed to parse this time, with the reason; a file that parsed before keeps
     *                serving its previous version
     * @param files   each file serving, by name, as it was parsed (before files about one role were merged)
     */
    public KnowledgeBase(
            List<RoleDocument> roles,
            List<Chunk> chunks,
            List<Statement> statements,
            Map<String, RoleDocument> files,
            List<String> skipped,
            Map<String, String> errors,
            Instant loadedAt) {
        this(roles, chunks, statements, files.size(), files, skipped, errors, loadedAt);
    }

    private KnowledgeBase(
            List<RoleDocument> roles,
            List<Chunk> chunks,
            List<Statement> statements,
            int documents,
            Map<String, RoleDocument> files,
            List<String> skipped,
            Map<String, String> errors,
            Instant loadedAt) {
        this.files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.roles = List.copyOf(roles);
        this.chunks = List.copyOf(chunks);
        this.statements = List.copyOf(statements);
        this.documents = documents;
        this.skipped = List.copyOf(skipped);
        this.errors = Map.copyOf(errors);
        this.loadedAt = loadedAt;
        this.statementsByRole = this.statements.stream()
                .collect(Collectors.groupingBy(Statement::roleId, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        this.roles.forEach(role -> namesByRole.put(role.id(), namePattern(role.names())));
    }

    public List<RoleDocument> roles() {
        return roles;
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    public List<Statement> statements() {
        return statements;
    }

    public int documents() {
        return documents;
    }

    /** Each file serving, by its name relative to the knowledge folder, as parsed from that file alone. */
    public Map<String, RoleDocument> files() {
        return files;
    }

    public List<String> skipped() {
        return skipped;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public Optional<RoleDocument> role(String id) {
        return roles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    /** A role's statements in reading order. */
    public List<Statement> statements(String roleId) {
        return statementsByRole.getOrDefault(roleId, List.of());
    }

    public int sections() {
        return roles.stream().mapToInt(role -> role.sections().size()).sum();
    }

    /**
     * The text with a role's names taken out, with "to work as a" before them: inside one role's documents its name
     * says nothing about what is asked.
     */
    public String withoutNames(String roleId, String text) {
        Pattern names = namesByRole.get(roleId);
        return names == null
                ? text
                : names.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** One pattern for all of a role's names, the longest first so "ML Data Architect" wins over "ML Architect". */
    private static Pattern namePattern(List<String> names) {
        String alternatives = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?i)" + Phrases.wholeWords(AS_THE_ROLE + "(" + alternatives + ")(s|'s)?"));
    }
}
