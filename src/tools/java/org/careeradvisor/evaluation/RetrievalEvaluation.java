package org.careeradvisor.evaluation;

import java.util.List;
import org.careeradvisor.advisor.GroundingPolicy;
import org.careeradvisor.advisor.Intent;
import org.careeradvisor.advisor.QuestionAnalysis;
import org.careeradvisor.advisor.QuestionAnalyzer;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.RetrievalMode;
import org.careeradvisor.retrieval.RetrievedChunk;
import org.careeradvisor.retrieval.SearchIndex;

/**
 * Measures how well a search index finds the section that answers each evaluation question, and how well
 * the grounding policy tells answerable questions from off-topic ones.
 */
public class RetrievalEvaluation {

    private final QuestionAnalyzer analyzer;
    private final GroundingPolicy grounding;

    public RetrievalEvaluation(QuestionAnalyzer analyzer, GroundingPolicy grounding) {
        this.analyzer = analyzer;
        this.grounding = grounding;
    }

    public Scores score(SearchIndex index, EvaluationSet set, RetrievalMode mode) {
        List<RoleDocument> roles = index.knowledge().roles();
        int hitsAt1 = 0;
        int hitsAt3 = 0;
        double reciprocalRanks = 0;
        for (EvaluationSet.Case question : set.questions()) {
            QuestionAnalysis analysis = analyzer.analyze(question.q(), roles, List.of());
            List<RetrievedChunk> results = index.search(analysis.retrievalQuery(), analysis.roleIds(), mode);
            int rank = firstRelevantRank(question, results);
            hitsAt1 += rank == 1 ? 1 : 0;
            hitsAt3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
        }
        int n = set.questions().size();
        return new Scores(mode, n, (double) hitsAt1 / n, (double) hitsAt3 / n, reciprocalRanks / n);
    }

    /** Share of in-domain questions answered as grounded, and of off-topic questions refused. */
    public Grounding grounding(SearchIndex index, EvaluationSet set) {
        List<RoleDocument> roles = index.knowledge().roles();
        List<String> unanswered = set.questions().stream()
                .map(EvaluationSet.Case::q)
                .filter(question -> !grounded(index, roles, question))
                .toList();
        List<String> answeredOffTopic = set.offTopic().stream()
                .filter(question -> grounded(index, roles, question))
                .toList();
        return new Grounding(
                1 - (double) unanswered.size() / set.questions().size(),
                1 - (double) answeredOffTopic.size() / set.offTopic().size(),
                unanswered,
                answeredOffTopic);
    }

    private boolean grounded(SearchIndex index, List<RoleDocument> roles, String question) {
        QuestionAnalysis analysis = analyzer.analyze(question, roles, List.of());
        if (analysis.intent() == Intent.OUT_OF_SCOPE || analysis.intent().isSmallTalk()) {
            return false;
        }
        return grounding.isGrounded(
                analysis, index.search(analysis.retrievalQuery(), analysis.roleIds(), RetrievalMode.HYBRID), index);
    }

    private static int firstRelevantRank(EvaluationSet.Case question, List<RetrievedChunk> results) {
        for (int i = 0; i < results.size(); i++) {
            if (question.answeredBy(
                    results.get(i).chunk().roleId(), results.get(i).chunk().section())) {
                return i + 1;
            }
        }
        return 0;
    }

    public record Scores(RetrievalMode mode, int questions, double recallAt1, double recallAt3, double mrr) {}

    public record Grounding(
            double answeredInDomain, double refusedOffTopic, List<String> unanswered, List<String> answeredOffTopic) {}
}
