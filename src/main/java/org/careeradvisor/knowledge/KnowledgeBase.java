package org.careeradvisor.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of the loaded knowledge: the roles, their section chunks and statements, and when it was loaded.
 */
public record KnowledgeBase(List<RoleDocument> roles, List<Chunk> chunks, List<Statement> statements, int documents,
                            List<String> skipped, java.util.Map<String, String> errors, Instant loadedAt) {

    /**
     * @param skipped files not serving at all (they never parsed)
     * @param errors  every file that failed to parse this time, with the reason; a file that parsed before keeps
     *                serving its previous version
     */
    public KnowledgeBase {
        roles = List.copyOf(roles);
        chunks = List.copyOf(chunks);
        statements = List.copyOf(statements);
        skipped = List.copyOf(skipped);
        errors = java.util.Map.copyOf(errors);
    }

    public Optional<RoleDocument> role(String id) {
        return roles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    /** A role's statements in reading order. */
    public List<Statement> statements(String roleId) {
        return statements.stream().filter(statement -> statement.roleId().equals(roleId)).toList();
    }

    public int sections() {
        return roles.stream().mapToInt(role -> role.sections().size()).sum();
    }
}
