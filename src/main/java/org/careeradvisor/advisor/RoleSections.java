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

    private static final int EXCERPT_CHARS = 300;

    private final KnowledgeBase knowledge;
    private final Map<String, Double> relevance;

    /** @param relevance the question's dense relevance per chunk id, where a search found the chunk */
    RoleSections(KnowledgeBase knowledge, Map<String, Double> relevance) {
        this.knowledge = knowledge;
        this.relevance = relevance;
    }

    /** The role's chunks whose heading answers the topic, in document order. */
    List<Chunk> chunks(RoleDocument role, Topic topic) {
        return knowledge.chunks().stream()
                .filter(chunk -> chunk.roleId().equals(role.id()))
                .filter(chunk -> topic.answeredBy(chunk.headingPath()))
                .toList();
    }

    /** The quotable units (list items and sentences) of the role's sections on a topic, in document order. */
    List<AnswerUnit> units(RoleDocument role, Topic topic) {
        List<AnswerUnit> units = new ArrayList<>();
        List<Chunk> chunks = chunks(role, topic);
        for (int i = 0; i < chunks.size(); i++) {
            units.addAll(AnswerUnit.of(chunks.get(i), i));
        }
        return units;
    }

    /** Units of all the role's chunks, with sub-headings, for topics that live inside other sections. */
    List<AnswerUnit> allUnits(RoleDocument role) {
        List<AnswerUnit> units = new ArrayList<>();
        List<Chunk> chunks = knowledge.chunks().stream().filter(chunk -> chunk.roleId().equals(role.id())).toList();
        for (int i = 0; i < chunks.size(); i++) {
            units.addAll(AnswerUnit.of(chunks.get(i), i));
        }
        return units;
    }

    /** One source per role section the units came from (a long section's chunks cite it once), in the order first used. */
    List<Source> sources(List<AnswerUnit> used) {
        Map<String, List<AnswerUnit>> bySection = used.stream().collect(Collectors.groupingBy(
                unit -> unit.chunk().roleId() + "|" + unit.chunk().headingPath(), java.util.LinkedHashMap::new, Collectors.toList()));
        return bySection.values().stream().map(units -> source(units.get(0).chunk(), units)).toList();
    }

    Source source(Chunk chunk, List<AnswerUnit> used) {
        String excerpt = used.stream().map(AnswerUnit::text).collect(Collectors.joining(" | "));
        if (excerpt.length() > EXCERPT_CHARS) {
            excerpt = excerpt.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
        }
        double score = used.stream().mapToDouble(unit -> relevance.getOrDefault(unit.chunk().id(), 0.0)).max().orElse(0);
        return new Source(chunk.roleTitle(), chunk.headingPath(), chunk.sourceFile(), Math.round(score * 1000) / 1000.0, excerpt);
    }
}
