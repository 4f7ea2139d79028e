package org.careeradvisor.advisor;

import dev.langchain4j.classification.ClassificationResult;
import dev.langchain4j.classification.EmbeddingModelTextClassifier;
import dev.langchain4j.classification.ScoredLabel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/**
 * Tells which capability a message asks for by its likeness to the example messages of each intent, through
 * LangChain4j's {@link EmbeddingModelTextClassifier} over the in-process embedding model: a label scores the mix of its
 * closest example's similarity and the mean of all its examples'. Messages and examples are compared without the
 * roles they name, so "ML architect pay?" is like "research manager pay?", and embedded as the search embeds a query.
 */
public class IntentClassifier {

    /** Weight of the mean similarity to a label's examples against its best one. */
    static final double MEAN_TO_MAX = 0.3;
    /** How much more like a profile, path or comparison request a message must be than like a plain question. */
    static final double QUESTION_MARGIN = 0.01;
    /** How near a fit question a message that describes a background must come to be read as one. */
    static final double BACKGROUND_MARGIN = 0.04;

    /** How far ahead of another intent the best one must be to be clear of it. */
    static final double CLEAR_MARGIN = 0.05;
    /** How much the example words' probability of an intent adds to its likeness score. */
    static final double WORDS_WEIGHT = 0.05;

    private final EmbeddingModelTextClassifier<Intent> classifier;
    private final IntentWords words;
    private final RoleMatcher roles;

    /**
     * @param model embeds the examples and the messages; the analyzer's is the search's own query embedding
     * @param roles takes the role names out of the examples, as the search takes them out of a question within its role
     */
    public IntentClassifier(EmbeddingModel model, IntentExamples examples, RoleMatcher roles) {
        java.util.Map<Intent, List<String>> stripped = new java.util.EnumMap<>(Intent.class);
        examples.byIntent()
                .forEach((intent, messages) -> stripped.put(
                        intent, messages.stream().map(roles::withoutRoles).toList()));
        this.classifier = new EmbeddingModelTextClassifier<>(model, stripped, stripped.size(), 0, MEAN_TO_MAX);
        this.words = new IntentWords(stripped);
        this.roles = roles;
    }

    /**
     * The intent the message is most like, and every intent's score.
     *
     * @param message the message as the search reads it: without the name of the role it is about
     */
    public Classification classify(String message) {
        String masked = message.strip();
        if (masked.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()) {
            // "🙂" or only punctuation: nothing to compare; a plain question, which grounding then declines.
            return new Classification(Intent.QUESTION, 0, java.util.Map.of());
        }
        ClassificationResult<Intent> result = classifier.classifyWithScores(masked);
        java.util.Map<Intent, Double> said = words.probabilities(roles.withoutRoles(masked));
        java.util.Map<Intent, Double> scores = new java.util.EnumMap<>(Intent.class);
        for (ScoredLabel<Intent> label : result.scoredLabels()) {
            scores.put(label.label(), label.score() + WORDS_WEIGHT * said.getOrDefault(label.label(), 0.0));
        }
        Intent best = scores.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return new Classification(best, scores.get(best), scores);
    }

    /** The best intent and its score, and every intent's score. */
    public record Classification(Intent intent, double score, java.util.Map<Intent, Double> scores) {

        /** The same scores without one intent: the best of the others is then the intent. */
        public Classification without(Intent dropped) {
            java.util.Map<Intent, Double> rest = new java.util.EnumMap<>(scores);
            rest.remove(dropped);
            Intent best = rest.entrySet().stream()
                    .max(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey)
                    .orElse(Intent.QUESTION);
            return new Classification(best, rest.getOrDefault(best, 0.0), rest);
        }

        /**
         * Whether the best intent beats another by a clear margin, so that a single cue word should not overrule it.
         */
        public boolean clearOf(Intent other) {
            return intent != other && score - score(other) >= CLEAR_MARGIN;
        }

        public double score(Intent other) {
            return scores.getOrDefault(other, 0.0);
        }

        /**
         * The intent to act on. A plain question is the safe reading (the statement composer answers any of them), so a
         * profile, path or comparison must be clearly more like the message than a plain question is, unless what else
         * the message says supports it; a message that describes a background and is nearly as like a fit question as
         * the best intent asks for the fit.
         *
         * @param supported  whether the roles or topic found back the best intent up (two roles for a comparison)
         * @param background whether the message names skills or years of experience of the person asking
         */
        public Intent decided(boolean supported, boolean background) {
            // A path the topic backs up ("programmer, 2 yrs: what's my next step?") stays a path.
            boolean pathAsked = intent == Intent.CAREER_PATH && supported;
            if (background
                    && !pathAsked
                    && intent != Intent.SKILLS_GAP
                    && score - score(Intent.SKILLS_GAP) < BACKGROUND_MARGIN) {
                return Intent.SKILLS_GAP;
            }
            boolean broad = intent == Intent.OVERVIEW || intent == Intent.CAREER_PATH || intent == Intent.COMPARE;
            return broad && !supported && score - score(Intent.QUESTION) < QUESTION_MARGIN ? Intent.QUESTION : intent;
        }
    }
}
