package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.TermAnalyzer;
import org.careeradvisor.retrieval.RetrievedChunk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default composer: no model, only the documents. It picks the few list items and sentences of the best
 * sections that answer the question, quotes them with their figures exactly as written, and cites them.
 */
public class ExtractiveAnswerComposer implements AnswerComposer {

    private static final int MAX_UNITS = 7;
    private static final int MAX_CHARS = 1400;
    private static final int CHUNKS_PER_ROLE = 3;
    private static final int EXCERPT_CHARS = 300;

    private final TermAnalyzer analyzer;

    /** @param analyzer the BM25 index's analysis, so sentences are matched to the question the way the index does */
    public ExtractiveAnswerComposer(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public ComposedAnswer compose(String question, QuestionAnalysis analysis, List<RetrievedChunk> retrieved) {
        List<RetrievedChunk> chosen = chooseChunks(analysis, retrieved);
        Set<String> questionTerms = questionTerms(question, analysis);
        List<ScoredUnit> scored = new ArrayList<>();
        for (int order = 0; order < chosen.size(); order++) {
            for (AnswerUnit unit : AnswerUnit.of(chosen.get(order).chunk(), order)) {
                scored.add(new ScoredUnit(unit, score(unit, questionTerms, analysis)));
            }
        }
        List<AnswerUnit> selected = select(scored);
        Map<Chunk, List<AnswerUnit>> byChunk = selected.stream()
                .sorted(Comparator.comparingInt(AnswerUnit::chunkOrder).thenComparingInt(AnswerUnit::position))
                .collect(Collectors.groupingBy(AnswerUnit::chunk, LinkedHashMap::new, Collectors.toList()));

        StringBuilder markdown = new StringBuilder(lead(analysis, byChunk.keySet())).append("\n");
        boolean manyRoles = byChunk.keySet().stream().map(Chunk::roleId).distinct().count() > 1;
        List<Source> sources = new ArrayList<>();
        for (Map.Entry<Chunk, List<AnswerUnit>> entry : byChunk.entrySet()) {
            Chunk chunk = entry.getKey();
            markdown.append("\n*").append(manyRoles ? chunk.roleTitle() + " - " : "").append(chunk.headingPath()).append("*\n");
            for (AnswerUnit unit : entry.getValue()) {
                markdown.append(unit.listItem() ? "- " : "").append(unit.text()).append(unit.listItem() ? "\n" : "\n\n");
            }
            sources.add(source(chunk, entry.getValue(), retrieved));
        }
        if (analysis.topic() != null && analysis.topic().id().equals("salary")) {
            markdown.append("\n_Pay varies with location, experience and employer; the figures are quoted as the document gives them, with their year and region._\n");
        }
        return new ComposedAnswer(markdown.toString().strip(), sources);
    }

    /** The best sections per role, those that answer the asked topic first. */
    private static List<RetrievedChunk> chooseChunks(QuestionAnalysis analysis, List<RetrievedChunk> retrieved) {
        Comparator<RetrievedChunk> topicFirst = Comparator.comparing(
                (RetrievedChunk result) -> analysis.topic() != null && analysis.topic().answeredBy(result.chunk().headingPath()) ? 0 : 1);
        List<RetrievedChunk> ordered = retrieved.stream().sorted(topicFirst).toList();
        List<String> roleOrder = analysis.roles().isEmpty()
                ? ordered.stream().limit(1).map(result -> result.chunk().roleId()).toList()
                : analysis.roleIds();
        List<RetrievedChunk> chosen = new ArrayList<>();
        for (String roleId : roleOrder) {
            int perRole = roleOrder.size() > 1 ? 2 : CHUNKS_PER_ROLE;
            ordered.stream().filter(result -> result.chunk().roleId().equals(roleId)).limit(perRole).forEach(chosen::add);
        }
        return chosen;
    }

    private Set<String> questionTerms(String question, QuestionAnalysis analysis) {
        Set<String> terms = new java.util.HashSet<>(analyzer.terms(question));
        for (RoleDocument role : analysis.roles()) {
            role.names().forEach(name -> terms.removeAll(analyzer.terms(name)));
        }
        return terms;
    }

    private double score(AnswerUnit unit, Set<String> questionTerms, QuestionAnalysis analysis) {
        Set<String> unitTerms = analyzer.terms(unit.text());
        long overlap = questionTerms.stream().filter(unitTerms::contains).count();
        double score = overlap * 1.5 + 1.0 / (1 + unit.chunkOrder());
        Topic topic = analysis.topic();
        if (topic != null) {
            if (topic.answeredBy(unit.chunk().headingPath())) {
                score += 2;
            }
            if (topic.id().equals("salary") && unit.text().matches(".*\\d.*")) {
                score += 2;
            }
        }
        // Closing summaries ("In short, ...") restate the section; prefer the concrete items.
        if (!unit.listItem() && unit.text().toLowerCase(Locale.ROOT).matches("^(in short|in summary|put briefly|taken together|carried out well).*")) {
            score -= 1;
        }
        return score;
    }

    private static List<AnswerUnit> select(List<ScoredUnit> scored) {
        List<ScoredUnit> ranked = scored.stream()
                .sorted(Comparator.comparingDouble(ScoredUnit::score).reversed()
                        .thenComparingInt(unit -> unit.unit().chunkOrder())
                        .thenComparingInt(unit -> unit.unit().position()))
                .toList();
        List<AnswerUnit> selected = new ArrayList<>();
        int chars = 0;
        for (ScoredUnit candidate : ranked) {
            if (selected.size() == MAX_UNITS || (chars + candidate.unit().text().length() > MAX_CHARS && !selected.isEmpty())) {
                break;
            }
            selected.add(candidate.unit());
            chars += candidate.unit().text().length();
        }
        return selected;
    }

    private static String lead(QuestionAnalysis analysis, Set<Chunk> chunks) {
        List<String> roleTitles = analysis.roles().isEmpty()
                ? chunks.stream().map(Chunk::roleTitle).distinct().toList()
                : analysis.roles().stream().map(RoleDocument::title).toList();
        String roles = roleTitles.stream().map(title -> "**" + title + "**").collect(Collectors.joining(" and "));
        String noun = roleTitles.size() > 1 ? " roles" : " role";
        if (analysis.topic() != null && !analysis.topic().id().equals("overview")) {
            return "Here is what the role documents say about the **" + analysis.topic().label() + "** of the " + roles + noun + ":";
        }
        return "Here is what the role documents say about the " + roles + noun + ":";
    }

    private static Source source(Chunk chunk, List<AnswerUnit> units, List<RetrievedChunk> retrieved) {
        double relevance = retrieved.stream().filter(result -> result.chunk().equals(chunk))
                .mapToDouble(RetrievedChunk::relevance).findFirst().orElse(0);
        String excerpt = units.stream().map(AnswerUnit::text).collect(Collectors.joining(" | "));
        if (excerpt.length() > EXCERPT_CHARS) {
            excerpt = excerpt.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
        }
        return new Source(chunk.roleTitle(), chunk.headingPath(), chunk.sourceFile(),
                Math.round(relevance * 1000) / 1000.0, excerpt);
    }

    private record ScoredUnit(AnswerUnit unit, double score) {
    }
}
