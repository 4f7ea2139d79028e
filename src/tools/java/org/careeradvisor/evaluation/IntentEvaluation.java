package org.careeradvisor.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Answer;

/**
 * Runs the capability evaluation set through a real advisor: a case passes when the answer has the expected intent,
 * the expected grounding and every expected fact.
 */
public class IntentEvaluation {

    private final Advisor advisor;

    public IntentEvaluation(Advisor advisor) {
        this.advisor = advisor;
    }

    public Report run(IntentEvaluationSet set) {
        Map<String, int[]> byIntent = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int index = 0;
        for (IntentEvaluationSet.Case testCase : set.cases()) {
            String conversation = "eval-" + index++;
            testCase.history().forEach(earlier -> advisor.ask(new AdvisorRequest(conversation, earlier, "evaluation")));
            Answer answer = advisor.ask(new AdvisorRequest(conversation, testCase.q(), "evaluation"));
            List<String> problems = new ArrayList<>();
            if (!answer.intent().wireName().equals(testCase.intent())) {
                problems.add("intent " + answer.intent().wireName());
            }
            if (answer.grounded() != testCase.grounded()) {
                problems.add("grounded " + answer.grounded());
            }
            testCase.contains().stream()
                    .filter(fact -> !answer.answer().contains(fact))
                    .forEach(fact -> problems.add("missing '" + fact + "'"));
            int[] counts = byIntent.computeIfAbsent(testCase.intent(), key -> new int[2]);
            counts[1]++;
            if (problems.isEmpty()) {
                counts[0]++;
            } else {
                failures.add(testCase.q() + " -> " + String.join(", ", problems));
            }
        }
        return new Report(byIntent, failures);
    }

    /** Passed and total cases per expected intent, and what went wrong in each failed case. */
    public record Report(Map<String, int[]> byIntent, List<String> failures) {

        public double accuracy(String intent) {
            int[] counts = byIntent.get(intent);
            return (double) counts[0] / counts[1];
        }
    }
}
