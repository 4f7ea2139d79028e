package org.careeradvisor.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one evaluated half, as table rows, and a transcript of its answers for a person to read. */
record AnswerScores(List<AnswerEvaluation.Outcome> outcomes) {

    /** The kinds of pointed question, in the order the table shows them. */
    static final List<String> KINDS = List.of(
            "pay",
            "pay-scope",
            "pay-factors",
            "personal",
            "fit",
            "career",
            "yesno",
            "followup",
            "fact",
            "list",
            "notpersonal");

    /** Passed of asked, per kind of question: "7/8" under each kind, "-" where the half has none. */
    String kindsRow(String half) {
        StringBuilder row = new StringBuilder("| ").append(half).append(" |");
        for (String kind : KINDS) {
            List<AnswerEvaluation.Outcome> ofKind = outcomes.stream()
                    .filter(outcome -> kind.equals(outcome.question().kind()))
                    .toList();
            row.append(' ')
                    .append(
                            ofKind.isEmpty()
                                    ? "-"
                                    : ofKind.stream()
                                                    .filter(AnswerScores::passed)
                                                    .count() + "/" + ofKind.size())
                    .append(" |");
        }
        return row.toString();
    }

    static AnswerScores of(List<AnswerEvaluation.Outcome> outcomes) {
        return new AnswerScores(List.copyOf(outcomes));
    }

    private List<AnswerEvaluation.Outcome> answerable() {
        return outcomes.stream()
                .filter(outcome -> outcome.question().answerable()
                        && !outcome.question().must().isEmpty())
                .toList();
    }

    String row(String knowledge, String half) {
        List<AnswerEvaluation.Outcome> answerable = answerable();
        List<AnswerEvaluation.Outcome> withFacts = answerable.stream()
                .filter(outcome -> !outcome.question().facts().isEmpty())
                .toList();
        double recall1 = share(
                withFacts.stream().filter(outcome -> outcome.recallRank() == 1).count(), withFacts.size());
        double recall3 = share(
                withFacts.stream()
                        .filter(outcome -> outcome.recallRank() >= 1 && outcome.recallRank() <= 3)
                        .count(),
                withFacts.size());
        double every = share(
                answerable.stream().filter(AnswerEvaluation.Outcome::allFacts).count(), answerable.size());
        long facts = answerable.stream()
                .mapToLong(outcome -> outcome.question().facts().size())
                .sum();
        double coverage = share(
                answerable.stream()
                        .mapToLong(AnswerEvaluation.Outcome::factsHeld)
                        .sum(),
                facts);
        double mustNot = share(
                outcomes.stream().filter(AnswerEvaluation.Outcome::mustNotHeld).count(), outcomes.size());
        double grounding = share(
                outcomes.stream()
                        .filter(AnswerEvaluation.Outcome::groundingRight)
                        .count(),
                outcomes.size());
        int[] lengths = outcomes.stream()
                .mapToInt(outcome -> outcome.answer().answer().length())
                .sorted()
                .toArray();
        int median = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
        double passed = share(outcomes.stream().filter(AnswerScores::passed).count(), outcomes.size());
        double strictly =
                share(outcomes.stream().filter(AnswerScores::passedStrictly).count(), outcomes.size());
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %s | %s | %.3f | %.3f | %s | %s | %s | %s | %d |",
                knowledge,
                half,
                outcomes.size(),
                AnswersCommand.percent(passed),
                AnswersCommand.percent(strictly),
                recall1,
                recall3,
                AnswersCommand.percent(every),
                AnswersCommand.percent(coverage),
                AnswersCommand.percent(mustNot),
                AnswersCommand.percent(grounding),
                median);
    }

    static String baselineRow(
            String knowledge, String half, List<AnswerEvaluation.Outcome> outcomes, EasyRagBaseline easyRag) {
        List<AnswerEvaluation.Outcome> answerable = new AnswerScores(outcomes)
                .answerable().stream()
                        .filter(outcome -> !outcome.question().facts().isEmpty())
                        .toList();
        long advisorEvery = answerable.stream()
                .filter(outcome ->
                        outcome.factsHeld() == outcome.question().facts().size())
                .count();
        long baselineEvery = 0;
        long facts = 0;
        long advisorFacts = 0;
        long baselineFacts = 0;
        for (AnswerEvaluation.Outcome outcome : answerable) {
            String chunks = easyRag.retrieve(outcome.question());
            long held = outcome.question().facts().stream()
                    .filter(fact -> AnswerSet.Question.holds(chunks, fact))
                    .count();
            baselineEvery += held == outcome.question().facts().size() ? 1 : 0;
            baselineFacts += held;
            advisorFacts += outcome.factsHeld();
            facts += outcome.question().facts().size();
        }
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %d | %s | %s |",
                knowledge,
                half,
                answerable.size(),
                advisorEvery,
                baselineEvery,
                AnswersCommand.percent(share(advisorFacts, facts)),
                AnswersCommand.percent(share(baselineFacts, facts)));
    }

    static String transcript(List<AnswerEvaluation.Outcome> outcomes) {
        StringBuilder out = new StringBuilder("# Development answers\n\n");
        for (AnswerEvaluation.Outcome outcome : outcomes) {
            AnswerSet.Question question = outcome.question();
            // Every problem the reader would see; the ones that fail the question come first.
            List<String> problems = new ArrayList<>();
            if (!outcome.allFacts()) {
                problems.add("MISSING");
            }
            if (outcome.mustNotHeld()) {
                problems.add("UNASKED");
            }
            if (!outcome.groundingRight()) {
                problems.add(passed(outcome) ? "flag" : "GROUNDING");
            }
            String verdict = problems.isEmpty() ? "ok" : String.join(" ", problems);
            appendQuestion(out, question, " [" + verdict + "] ");
            out.append("must: ")
                    .append(question.must())
                    .append("  mustNot: ")
                    .append(question.mustNot())
                    .append("  intent: ")
                    .append(outcome.answer().intent().wireName())
                    .append("  grounded: ")
                    .append(outcome.answer().grounded())
                    .append("  recall rank: ")
                    .append(outcome.recallRank())
                    .append("  length: ")
                    .append(outcome.answer().answer().length())
                    .append("\n\n");
            out.append(quoted(outcome)).append("\n\n");
        }
        return out.toString();
    }

    /** The answer as a Markdown quote. */
    private static String quoted(AnswerEvaluation.Outcome outcome) {
        return outcome.answer()
                .answer()
                .lines()
                .map(line -> "> " + line)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    /** "## id [verdict] question", then the earlier turns it follows. */
    private static void appendQuestion(StringBuilder out, AnswerSet.Question question, String between) {
        out.append("## ")
                .append(question.id())
                .append(between)
                .append(question.q())
                .append('\n');
        if (!question.history().isEmpty()) {
            out.append("after: ").append(String.join(" / ", question.history())).append('\n');
        }
    }

    /**
     * A few held-out answers for a person to judge as a reader would: the question and the answer only, no expected
     * facts and no verdict, so reading them points at no failure to tune away.
     */
    static String sample(List<AnswerEvaluation.Outcome> outcomes, int count, long seed) {
        List<AnswerEvaluation.Outcome> shuffled = new ArrayList<>(outcomes);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        StringBuilder out = new StringBuilder("# Held-out answers, a sample (seed " + seed + ")\n\n");
        for (AnswerEvaluation.Outcome outcome : shuffled.subList(0, Math.min(count, shuffled.size()))) {
            AnswerSet.Question question = outcome.question();
            appendQuestion(out, question, " ");
            out.append('\n').append(quoted(outcome)).append("\n\n");
        }
        return out.toString();
    }

    /**
     * What the issue counts for a pointed question: every fact asked there (the verdict first), no unasked fact, and a
     * refusal or "the documents do not say" where the question expects one. An answer that gives the asked figures and
     * says the documents lack the asked scope ("no figures for London; the nearest: ...") passes although it flags
     * itself as answering only in part; {@link #passedStrictly} also asks the flag to match.
     */
    static boolean passed(AnswerEvaluation.Outcome outcome) {
        boolean refusalRight =
                outcome.question().answerable() || !outcome.answer().grounded();
        return refusalRight && outcome.allFacts() && !outcome.mustNotHeld();
    }

    /** {@link #passed}, and the answer's grounded flag as the question expects it. */
    static boolean passedStrictly(AnswerEvaluation.Outcome outcome) {
        return outcome.groundingRight() && outcome.allFacts() && !outcome.mustNotHeld();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
