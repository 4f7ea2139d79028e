package org.careeradvisor.evaluation;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.advisor.AdvisorFactory;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Vocabulary;
import org.careeradvisor.conversation.ConversationProperties;
import org.careeradvisor.conversation.InMemoryConversationMemory;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;

/**
 * {@code java -jar career-advisor-tools.jar intents [--dev-only]}: runs the intent set through a real advisor, each
 * message in its own conversation after its earlier messages, and prints the share answered with the right kind of
 * answer for the development and the held-out half, a confusion table of the held-out half, and the development misses.
 */
public final class IntentsCommand {

    private IntentsCommand() {}

    public static int run(String[] args) throws Exception {
        var model = new BgeSmallEnV15QuantizedEmbeddingModel();
        RetrievalProperties retrieval = RetrievalProperties.defaults();
        SearchIndexHolder holder = SearchIndexHolder.standalone(
                KnowledgeProperties.of(Map.of("cache-dir", "target/evaluation-cache/shipped")), retrieval, model);
        holder.rebuild();
        Advisor advisor = AdvisorFactory.create(
                holder,
                new InMemoryConversationMemory(ConversationProperties.defaults()),
                Vocabulary.load(),
                retrieval,
                null);
        print(System.out, advisor, !List.of(args).contains("--dev-only"));
        return 0;
    }

    static void print(PrintStream out, Advisor advisor, boolean heldOut) throws IOException {
        Outcomes dev = run(advisor, IntentSet.load("intents-dev.json"), "dev");
        // Later development sets, each by another writer, to find what the earlier ones no longer show.
        Outcomes dev2 = run(advisor, IntentSet.load("intents-dev2.json"), "dev2");
        Outcomes dev3 = run(advisor, IntentSet.load("intents-dev3.json"), "dev3");
        Outcomes dev4 = run(advisor, IntentSet.load("intents-dev4.json"), "dev4");
        out.printf(
                Locale.ROOT,
                "%nIntent set (the kind of answer each message gets)%n%n| half | messages | right | accuracy |%n|---|---|---|---|%n");
        out.println(dev.row("development"));
        out.println(dev2.row("development 2"));
        out.println(dev3.row("development 3"));
        out.println(dev4.row("development 4"));
        Outcomes held = heldOut ? run(advisor, unseen(IntentSet.load("intents-heldout.json")), "held") : null;
        // The fourth writer's held-out half: written after every rule and example of the first three sets.
        Outcomes held2 = heldOut ? run(advisor, unseen(IntentSet.load("intents-heldout2.json")), "held2") : null;
        if (held != null) {
            out.println(held.row("held-out"));
            out.println(held2.row("held-out 2"));
            out.println(held.plus(held2).row("held-out, both"));
            out.printf(
                    Locale.ROOT, "%nHeld-out confusion, both held-out halves (rows: expected, columns: answered)%n%n");
            held.plus(held2).confusion(out);
        }
        out.println();
        dev.misses().forEach(miss -> out.println("  development miss: " + miss));
        dev2.misses().forEach(miss -> out.println("  development 2 miss: " + miss));
        dev3.misses().forEach(miss -> out.println("  development 3 miss: " + miss));
        dev4.misses().forEach(miss -> out.println("  development 4 miss: " + miss));
    }

    /**
     * A held-out half whose messages are none of the classifier's examples: a message it was given as an example says
     * nothing about how it reads others, so one copied into the examples stops the command.
     */
    static IntentSet unseen(IntentSet set) {
        java.util.Set<String> examples = new java.util.HashSet<>();
        org.careeradvisor.advisor.IntentExamples.load(new org.careeradvisor.advisor.IntentProperties(""))
                .byIntent()
                .values()
                .forEach(messages -> messages.forEach(example -> examples.add(normal(example))));
        List<String> seen = set.cases().stream()
                .map(IntentSet.Case::q)
                .filter(q -> examples.contains(normal(q)))
                .toList();
        if (!seen.isEmpty()) {
            throw new IllegalStateException(
                    "Held-out messages are also intent examples (advisor/intents.yml): " + seen);
        }
        return set;
    }

    private static String normal(String message) {
        return String.join(" ", message.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static Outcomes run(Advisor advisor, IntentSet set, String prefix) {
        List<String[]> pairs = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        int index = 0;
        for (IntentSet.Case testCase : set.cases()) {
            String conversation = "intent-" + prefix + "-" + index++;
            testCase.history().forEach(earlier -> advisor.ask(new AdvisorRequest(conversation, earlier, "evaluation")));
            String answered = advisor.ask(new AdvisorRequest(conversation, testCase.q(), "evaluation"))
                    .intent()
                    .wireName();
            boolean right = testCase.accepts(answered);
            pairs.add(new String[] {testCase.intent(), right ? testCase.intent() : answered});
            if (!right) {
                misses.add(testCase.q() + (testCase.history().isEmpty() ? "" : " (after " + testCase.history() + ")")
                        + ": expected " + testCase.intent() + ", got " + answered);
            }
        }
        return new Outcomes(pairs, misses);
    }

    private record Outcomes(List<String[]> pairs, List<String> misses) {

        /** Both halves' messages together. */
        Outcomes plus(Outcomes other) {
            List<String[]> both = new ArrayList<>(pairs);
            both.addAll(other.pairs);
            List<String> missed = new ArrayList<>(misses);
            missed.addAll(other.misses);
            return new Outcomes(both, missed);
        }

        long right() {
            return pairs.stream().filter(pair -> pair[0].equals(pair[1])).count();
        }

        String row(String half) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f%% |",
                    half,
                    pairs.size(),
                    right(),
                    100.0 * right() / pairs.size());
        }

        void confusion(PrintStream out) {
            TreeSet<String> labels = new TreeSet<>();
            pairs.forEach(pair -> {
                labels.add(pair[0]);
                labels.add(pair[1]);
            });
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            pairs.forEach(pair ->
                    counts.computeIfAbsent(pair[0], key -> new TreeMap<>()).merge(pair[1], 1, Integer::sum));
            out.println("| expected \\ answered | " + String.join(" | ", labels) + " |");
            out.println("|---|" + "---|".repeat(labels.size()));
            counts.forEach((expected, row) -> out.println("| " + expected + " | "
                    + String.join(
                            " | ",
                            labels.stream()
                                    .map(label -> String.valueOf(row.getOrDefault(label, 0)))
                                    .toList())
                    + " |"));
        }
    }
}
