package org.careeradvisor.advisor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careeradvisor.retrieval.RetrievedChunk;
import org.careeradvisor.retrieval.RetrievedStatement;
import org.careeradvisor.retrieval.SearchIndex;

/**
 * What retrieval found for a question: the best section chunks, the best statements (per role, best first) and the
 * index they came from (for the whole lists the statements belong to, and for what each role's document knows).
 */
public record Evidence(List<RetrievedChunk> chunks, List<RetrievedStatement> statements, SearchIndex index) {

    public Evidence {
        chunks = List.copyOf(chunks);
        statements = List.copyOf(statements);
    }

    /** The best dense relevance of the statements found in each role section (keyed by {@link RoleSections#key}). */
    Map<String, Double> relevanceBySection() {
        Map<String, Double> relevance = new HashMap<>();
        statements.forEach(
                result -> relevance.merge(RoleSections.key(result.statement()), result.relevance(), Math::max));
        return relevance;
    }
}
