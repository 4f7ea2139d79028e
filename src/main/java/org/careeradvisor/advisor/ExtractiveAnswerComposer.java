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

    private static final int MAX_UNITS = 8;
    private static final int MAX_FIGURE_UNITS = 11;
    private static final int MIN_UNITS = 3;
    private static final int MAX_COMPLETED_LIST = 6;
    /** Units scoring under this share of the best unit's score are left out once the minimum is met. */
    private static final double RELATIVE_FLOOR = 0.6;
    private static final int MAX_CHARS = 1500;
    private static final int CHUNKS_PER_ROLE = 3;

    private final TermAnalyzer analyzer;
    private final Set<String> questionWords;

    /**
     * @param analyzer   the BM25 index's analysis, so sentences are matched to the question the way the index does
     * @param vocabulary for the words of asking ("what", "does") that must not pick sentences
     */
    public ExtractiveAnswerComposer(TermAnalyzer analyzer, Vocabulary vocabulary) {
        this.analyzer = analyzer;
        this.questionWords = analyzer.terms(String.join(" ", vocabulary.questionWords()));
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
        boolean salary = analysis.topic() != null && analysis.topic().id().equals("salary");
        List<AnswerUnit> selected = completeLists(select(scored, salary ? MAX_FIGURE_UNITS : MAX_UNITS), scored);
        Map<Chunk, List<AnswerUnit>> byChunk = selected.stream()
                .sorted(Comparator.comparing((AnswerUnit unit) -> roleOrder(unit, chosen))
                        .thenComparing(unit -> answersTopic(analysis, unit.chunk()) ? 0 : 1)
                        .thenComparingInt(unit -> unit.chunk().ordinal()).thenComparingInt(AnswerUnit::position))
                .collect(Collectors.groupingBy(AnswerUnit::chunk, LinkedHashMap::new, Collectors.toList()));

        StringBuilder markdown = new StringBuilder(lead(analysis, byChunk.keySet())).append("\n");
        boolean manyRoles = byChunk.keySet().stream().map(Chunk::roleId).distinct().count() > 1;
        Render.units(markdown, byChunk.values().stream().flatMap(List::stream).toList(), manyRoles);
        List<Source> sources = byChunk.entrySet().stream().map(entry -> source(entry.getKey(), entry.getValue(), retrieved)).toList();
        if (salary && byChunk.keySet().stream().anyMatch(chunk -> analysis.topic().answeredBy(chunk.headingPath()))) {
            markdown.append('\n').append(SalaryComposer.VARIES).append('\n');
        }
        return new ComposedAnswer(markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sources);
    }

    /** The best sections per role, those that answer the asked topic first. */
    /** A short list of which the answer quotes two items or more is quoted whole: steps and ranges read as a set. */
    private static List<AnswerUnit> completeLists(List<AnswerUnit> selected, List<ScoredUnit> all) {
        List<AnswerUnit> completed = new ArrayList<>(selected);
        Map<String, List<AnswerUnit>> lists = all.stream().map(ScoredUnit::unit).filter(AnswerUnit::listItem)
                .collect(Collectors.groupingBy(ExtractiveAnswerComposer::listKey, LinkedHashMap::new, Collectors.toList()));
        for (List<AnswerUnit> list : lists.values()) {
            long quoted = list.stream().filter(selected::contains).count();
            if (quoted >= 2 && list.size() <= MAX_COMPLETED_LIST) {
                list.stream().filter(unit -> !completed.contains(unit)).forEach(completed::add);
            }
        }
        return completed;
    }

    private static String listKey(AnswerUnit unit) {
        return unit.chunk().id() + "|" + unit.label();
    }

    private static boolean answersTopic(QuestionAnalysis analysis, Chunk chunk) {
        return analysis.topic() != null && analysis.topic().answeredBy(chunk.headingPath());
    }

    private static int roleOrder(AnswerUnit unit, List<RetrievedChunk> chosen) {
        List<String> roles = chosen.stream().map(result -> result.chunk().roleId()).distinct().toList();
        return roles.indexOf(unit.chunk().roleId());
    }

    private static List<RetrievedChunk> chooseChunks(QuestionAnalysis analysis, List<RetrievedChunk> retrieved) {
        Comparator<RetrievedChunk> topicFirst = Comparator.comparing(
                (RetrievedChunk result) -> analysis.topic() != null && analysis.topic().answeredBy(result.chunk().headingPath()) ? 0 : 1);
        List<RetrievedChunk> ordered = retrieved.stream().sorted(topicFirst).toList();
        // A question that names no role ("which role needs a PhD?") may be answered by several roles.
        List<String> roleOrder = analysis.roles().isEmpty()
                ? ordered.stream().limit(3).map(result -> result.chunk().roleId()).distinct().toList()
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
        terms.removeAll(questionWords);
        for (RoleDocument role : analysis.roles()) {
            role.names().forEach(name -> terms.removeAll(analyzer.terms(name)));
        }
        return terms;
    }

    private double score(AnswerUnit unit, Set<String> questionTerms, QuestionAnalysis analysis) {
        Set<String> unitTerms = analyzer.terms(unit.label() == null ? unit.text() : unit.label() + " " + unit.text());
        long overlap = questionTerms.stream().filter(unitTerms::contains).count();
        double score = overlap * 1.5 + 0.5 / (1 + unit.chunkOrder());
        Topic topic = analysis.topic();
        if (topic != null) {
            // Words that signal the topic ("career", "progression", "experience") mark the items that answer it.
            Set<String> topicTerms = analyzer.terms(String.join(" ", topic.cues()));
            score += 0.75 * topicTerms.stream().filter(unitTerms::contains).count();
            if (topic.answeredBy(unit.chunk().headingPath())) {
                score += 2;
            }
            if (topic.id().equals("salary") && unit.text().matches(".*\\d.*")) {
                score += 2;
            }
        }
        if (!unit.listItem()) {
            // Lead-ins ("...the skills below:") and closing summaries restate a list; the concrete items answer.
            boolean leadIn = unit.text().endsWith(":");
            boolean summary = unit.text().toLowerCase(Locale.ROOT).matches("^(in short|in summary|put briefly|taken together|carried out well).*")
                    || unit.position() > 0 && unit.chunk().body().lines().limit(unit.position() + 2L).anyMatch(line -> line.startsWith("- ") || line.matches("^\\d+\\. .*"));
            if (leadIn || summary) {
                score -= 1;
            }
        } else if (topic != null && topic.answeredBy(unit.chunk().headingPath())) {
            score += 0.5;
        }
        return score;
    }

    private static List<AnswerUnit> select(List<ScoredUnit> scored, int maxUnits) {
        List<ScoredUnit> ranked = scored.stream()
                .sorted(Comparator.comparingDouble(ScoredUnit::score).reversed()
                        .thenComparingInt(unit -> unit.unit().chunkOrder())
                        .thenComparingInt(unit -> unit.unit().position()))
                .toList();
        List<AnswerUnit> selected = new ArrayList<>();
        int chars = 0;
        double floor = ranked.isEmpty() ? 0 : ranked.get(0).score() * RELATIVE_FLOOR;
        for (ScoredUnit candidate : ranked) {
            boolean weak = candidate.score() < floor && (selected.size() >= MIN_UNITS || candidate.score() < 1.0);
            if (weak || selected.size() == maxUnits || (chars + candidate.unit().text().length() > MAX_CHARS && !selected.isEmpty())) {
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
        List<String> bold = roleTitles.stream().map(title -> "**" + title + "**").toList();
        String roles = bold.size() <= 1 ? String.join("", bold)
                : String.join(", ", bold.subList(0, bold.size() - 1)) + " and " + bold.get(bold.size() - 1);
        String noun = roleTitles.size() > 1 ? " roles" : " role";
        if (analysis.topic() != null && !analysis.topic().id().equals("overview")) {
            return "Here is what the role documents say about the **" + analysis.topic().label() + "** of the " + roles + noun + ":";
        }
        return "Here is what the role documents say about the " + roles + noun + ":";
    }

    private static Source source(Chunk chunk, List<AnswerUnit> units, List<RetrievedChunk> retrieved) {
        double relevance = retrieved.stream().filter(result -> result.chunk().equals(chunk))
                .mapToDouble(RetrievedChunk::relevance).findFirst().orElse(0);
        return Source.of(chunk, units.stream().map(AnswerUnit::text).collect(Collectors.joining(" | ")), relevance);
    }

    private record ScoredUnit(AnswerUnit unit, double score) {
    }
}
