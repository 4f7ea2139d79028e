package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * A role document's statements by topic, for the capabilities that compose from whole sections (overview,
 * comparison, career path, posting, salary) rather than from search results.
 */
class RoleSections {

    private final KnowledgeBase knowledge;
    private final Map<String, Double> relevance;
    /** Each role's quotable units, built once per request: comparison, salary and skills gap read them repeatedly. */
    private final Map<String, List<Statement>> unitsByRole = new java.util.HashMap<>();

    /** @param relevance the question's dense relevance per section key (see {@link #key(Statement)}) */
    RoleSections(KnowledgeBase knowledge, Map<String, Double> relevance) {
        this.knowledge = knowledge;
        this.relevance = relevance;
    }

    static String key(String roleId, String section) {
        return roleId + "|" + section;
    }

    static String key(Statement statement) {
        return key(statement.roleId(), statement.section());
    }

    /** The quotable units (list items and sentences) of the role's sections on a topic, in document order. */
    List<Statement> units(RoleDocument role, Topic topic) {
        return allUnits(role).stream()
                .filter(unit -> topic.answeredBy(unit.section()))
                .toList();
    }

    /** Every quotable unit of the role: sentences, lead-ins and top-level items with their nested items folded in. */
    List<Statement> allUnits(RoleDocument role) {
        return unitsByRole.computeIfAbsent(role.id(), id -> fold(knowledge.statements(id)));
    }

    /** Top-level units, each list item with the items nested under it (at any depth) folded into its text. */
    private static List<Statement> fold(List<Statement> statements) {
        Map<String, List<Statement>> children = new LinkedHashMap<>();
        statements.stream()
                .filter(statement -> statement.parentId() != null)
                .forEach(statement -> children.computeIfAbsent(statement.parentId(), key -> new ArrayList<>())
                        .add(statement));
        return statements.stream()
                .filter(statement -> statement.parentId() == null)
                .map(statement -> children.containsKey(statement.id())
                        ? statement.withText(folded(statement, children))
                        : statement)
                .toList();
    }

    /** "Database management: SQL, NoSQL and data warehousing solutions; Cloud platforms: AWS, Azure, Google Cloud". */
    private static String folded(Statement item, Map<String, List<Statement>> children) {
        List<Statement> nested = children.getOrDefault(item.id(), List.of());
        if (nested.isEmpty()) {
            return item.text();
        }
        String own = item.text();
        String joiner = own.endsWith(":") ? " " : item.label() == null ? ": " : "; ";
        List<String> parts = nested.stream()
                .map(child -> (child.label() == null ? "" : child.label() + ": ") + folded(child, children))
                .toList();
        return own + joiner + String.join("; ", parts);
    }

    /**
     * One source per top-level section the units came from, in the order first used: a capability quoting a whole
     * section (every pay figure) cites it once, not each of its subsections.
     */
    List<Source> sources(List<Statement> used) {
        Map<String, List<Statement>> bySection = used.stream()
                .collect(Collectors.groupingBy(
                        unit -> key(unit.roleId(), unit.topHeading()), LinkedHashMap::new, Collectors.toList()));
        return bySection.values().stream().map(this::source).toList();
    }

    private Source source(List<Statement> used) {
        double score = used.stream()
                .mapToDouble(unit -> relevance.getOrDefault(key(unit), 0.0))
                .max()
                .orElse(0);
        boolean oneSection = used.stream().map(Statement::section).distinct().count() == 1;
        Source source = Sources.of(used, score);
        return oneSection
                ? source
                : new Source(
                        source.role(), used.get(0).topHeading(), source.document(), source.score(), source.excerpt());
    }
}
