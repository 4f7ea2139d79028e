package org.careeradvisor.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Answer;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.RetrievedStatement;
import org.careeradvisor.retrieval.SearchIndex;

/**
 * Runs an answer set through a real advisor, a fresh conversation per question with its earlier turns first, and
 * scores what a reader would check: are the asked facts there, is an unasked one there, is the first line a yes or no
 * when one was asked, is an unanswerable question declined, how long is the answer.
 */
public class AnswerEvaluation {

    private final Advisor advisor;
    private final SearchIndex index;

    public AnswerEvaluation(Advisor advisor, SearchIndex index) {
        this.advisor = advisor;
        this.index = index;
    }

    /** One question's outcome. */
    public record Outcome(
            AnswerSet.Question question,
            Answer answer,
            int factsHeld,
            boolean verdictRight,
            boolean mustNotHeld,
            int recallRank) {

        public boolean allFacts() {
            return factsHeld == question.facts().size() && verdictRight;
        }

        /** Declined when it should be, answered when it should be. */
        public boolean groundingRight() {
            return answer.grounded() == question.answerable();
        }
    }

    public List<Outcome> run(AnswerSet set, Predicate<AnswerSet.Question> include) {
        List<Outcome> outcomes = new ArrayList<>();
        int conversation = 0;
        for (AnswerSet.Question question : set.questions()) {
            if (!include.test(question)) {
                continue;
            }
            String id = "answer-eval-" + conversation++ + "-" + System.nanoTime();
            question.history().forEach(earlier -> advisor.ask(new AdvisorRequest(id, earlier, "evaluation")));
            Answer answer = advisor.ask(new AdvisorRequest(id, question.q(), "evaluation"));
            int held = (int) question.facts().stream()
                    .filter(fact -> AnswerSet.Question.holds(answer.answer(), fact))
                    .count();
            boolean mustNot =
                    question.mustNot().stream().anyMatch(fact -> AnswerSet.Question.holds(answer.answer(), fact));
            outcomes.add(
                    new Outcome(question, answer, held, verdictRight(question, answer), mustNot, recallRank(question)));
        }
        return outcomes;
    }

    private static boolean verdictRight(AnswerSet.Question question, Answer answer) {
        String first = answer.answer()
                .lines()
                .findFirst()
                .orElse("")
                .replace("*", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        return question.must().stream()
                .filter(AnswerSet.Question::isVerdict)
                .allMatch(verdict -> first.startsWith(verdict.toLowerCase(Locale.ROOT)));
    }

    /**
     * The rank (1-based) of the first statement holding one of the question's facts, searching the expected role with
     * the
     * question as written (the role's title before a follow-up; without the synonyms and carried questions the advisor
     * adds), or 0 when none of the first 20 does: a measure of the statement index on its own.
     */
    private int recallRank(AnswerSet.Question question) {
        if (question.facts().isEmpty()
                || question.role() == null
                || index.knowledge().role(question.role()).isEmpty()) {
            return 0;
        }
        String query = question.history().isEmpty()
                ? question.q()
                : index.knowledge().role(question.role()).get().title() + ": " + question.q();
        List<RetrievedStatement> found = index.statements(query, List.of(question.role()));
        for (int i = 0; i < found.size(); i++) {
            Statement statement = found.get(i).statement();
            String text = statement.quote() + " " + (statement.parent() == null ? "" : statement.parent());
            if (question.facts().stream().anyMatch(fact -> AnswerSet.Question.holds(text, fact))) {
                return i + 1;
            }
        }
        return 0;
    }
}
