package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell one intent from another, learned from the same example messages as the embedding classifier:
 * a naive Bayes model over the words and word pairs of the examples. Embeddings place a message by its subject ("what
 * does the VP do all day" lies near questions on responsibilities); the words of asking ("rundown", "draft", "become",
 * "earn", "vs") tell what is wanted of the subject, and they carry over from one writer to another.
 */
final class IntentWords {

    /** Additive smoothing of the word counts. */
    private static final double SMOOTHING = 0.5;

    private final Map<Intent, Map<String, Integer>> counts = new EnumMap<>(Intent.class);
    private final Map<Intent, Integer> totals = new EnumMap<>(Intent.class);
    private final Set<String> vocabulary = new HashSet<>();

    IntentWords(Map<Intent, List<String>> examples) {
        examples.forEach((intent, messages) -> {
            Map<String, Integer> byFeature = counts.computeIfAbsent(intent, key -> new HashMap<>());
            for (String message : messages) {
                for (String feature : features(message)) {
                    byFeature.merge(feature, 1, Integer::sum);
                    totals.merge(intent, 1, Integer::sum);
                    vocabulary.add(feature);
                }
            }
        });
    }

    /**
     * Each intent's probability for the message, from 0 to 1, summing to 1; tempered by the number of known words, so
     * a long message is not more certain than a short one for its length alone. Empty when no word is known.
     */
    Map<Intent, Double> probabilities(String message) {
        List<String> known =
                features(message).stream().filter(vocabulary::contains).toList();
        Map<Intent, Double> result = new EnumMap<>(Intent.class);
        if (known.isEmpty()) {
            return result;
        }
        Map<Intent, Double> logs = new EnumMap<>(Intent.class);
        double size = vocabulary.size();
        counts.forEach((intent, byFeature) -> {
            double total = totals.getOrDefault(intent, 0) + SMOOTHING * size;
            double log = 0;
            for (String feature : known) {
                log += Math.log((byFeature.getOrDefault(feature, 0) + SMOOTHING) / total);
            }
            logs.put(intent, log / Math.sqrt(known.size()));
        });
        double max =
                logs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum =
                logs.values().stream().mapToDouble(log -> Math.exp(log - max)).sum();
        logs.forEach((intent, log) -> result.put(intent, Math.exp(log - max) / sum));
        return result;
    }

    /** The distinct words and adjacent word pairs of a message, lower-cased. */
    static Set<String> features(String message) {
        List<String> words = new ArrayList<>(Text.words(message));
        Set<String> features = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            features.add(words.get(i) + " " + words.get(i + 1));
        }
        return features;
    }
}
