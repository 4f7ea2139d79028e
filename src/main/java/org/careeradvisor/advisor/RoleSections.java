package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A role document's sections by topic, for the capabilities that compose from whole sections (overview,
 * comparison, career path, posting, salary) rather than from search results.
 */
class RoleSections {

    private final KnowledgeBase knowledge;
    private final Map<String, Double> relevance;
    /** Each role's chunks split into units once per request: comparison, salary and skills gap read them repeatedly. */
    private final Map<String, List<AnswerUnit>> unitsByRole = new java.util.HashMap<>();

    /** @param relevance the question's dense relevance per chunk id, where a search found the chunk */
    RoleSections(KnowledgeBase knowledge, Map<String, Double> relevance) {
        this.knowledge = knowledge;
        this.relevance = relevance;
    }

    /** The quotable units (list items and sentences) of the role's sections on a topic, in document order. */
    List<AnswerUnit> units(RoleDocument role, Topic topic) {
        return allUnits(role).stream().filter(unit -> topic.answeredBy(unit.chunk().headingPath())).toList();
    }

    /** Units of all the role's chunks, with sub-headings, for topics that live inside other sections. */
    List<AnswerUnit> allUnits(RoleDocument role) {
        return unitsByRole.computeIfAbsent(role.id(), id -> {
            List<AnswerUnit> units = new ArrayList<>();
            List<Chunk> chunks = knowledge.chunks().stream().filter(chunk -> chunk.roleId().equals(id)).toList();
            for (int i = 0; i < chunks.size(); i++) {
                units.addAll(AnswerUnit.of(chunks.get(i), i));
            }
            return List.copyOf(units);
        });
    }

    /** One source per role section the units came from (a long section's chunks cite it once), in the order first used. */
    List<Source> sources(List<AnswerUnit> used) {
        Map<String, List<AnswerUnit>> bySection = used.stream().collect(Collectors.groupingBy(
                unit -> unit.chunk().roleId() + "|" + unit.chunk().headingPath(), java.util.LinkedHashMap::new, Collectors.toList()));
        return bySection.values().stream().map(units -> source(units.get(0).chunk(), units)).toList();
    }

    private Source source(Chunk chunk, List<AnswerUnit> used) {
        double score = used.stream().mapToDouble(unit -> relevance.getOrDefault(unit.chunk().id(), 0.0)).max().orElse(0);
        return Source.of(chunk, used.stream().map(AnswerUnit::text).collect(Collectors.joining(" | ")), score);
    }
}
