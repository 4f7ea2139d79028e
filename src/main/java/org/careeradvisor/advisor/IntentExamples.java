package org.careeradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Example messages per intent, as users write them: the built-in {@code advisor/intents.yml} plus a deployer's own
 * file. An unknown intent name, an intent that small talk or a rule decides, or an empty message is refused when
 * the file loads, with the file and the entry named.
 */
public record IntentExamples(Map<Intent, List<String>> byIntent) {

    /** The intents decided from examples (small talk the rules miss among them, as help); the guards are rules. */
    public static final Set<Intent> CLASSIFIED = Collections.unmodifiableSet(java.util.EnumSet.of(
            Intent.OVERVIEW,
            Intent.COMPARE,
            Intent.SKILLS_GAP,
            Intent.CAREER_PATH,
            Intent.JOB_POSTING,
            Intent.SALARY,
            Intent.QUESTION,
            Intent.OUT_OF_SCOPE,
            Intent.HELP));

    static final int MIN_EXAMPLES = 5;
    private static final String BUILT_IN = "advisor/intents.yml";

    public IntentExamples {
        Map<Intent, List<String>> copy = new EnumMap<>(Intent.class);
        byIntent.forEach((intent, messages) -> copy.put(intent, List.copyOf(messages)));
        byIntent = Collections.unmodifiableMap(copy);
    }

    public static IntentExamples load(IntentProperties properties) {
        Map<Intent, Set<String>> merged = new EnumMap<>(Intent.class);
        try (InputStream input = new ClassPathResource(BUILT_IN).getInputStream()) {
            read(input, BUILT_IN, merged);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + BUILT_IN + ": " + e.getMessage(), e);
        }
        if (!properties.examples().isEmpty()) {
            Path file = Path.of(properties.examples());
            try (InputStream input = Files.newInputStream(file)) {
                read(input, file.toString(), merged);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Cannot read the intent examples " + file + " (advisor.intents.examples): " + e.getMessage(),
                        e);
            }
        }
        for (Intent intent : CLASSIFIED) {
            int count = merged.getOrDefault(intent, Set.of()).size();
            if (count < MIN_EXAMPLES) {
                throw new IllegalStateException("Intent " + name(intent) + " has " + count + " examples; at least "
                        + MIN_EXAMPLES + " are needed to recognise it");
            }
        }
        Map<Intent, List<String>> lists = new EnumMap<>(Intent.class);
        merged.forEach((intent, messages) -> lists.put(intent, new ArrayList<>(messages)));
        return new IntentExamples(lists);
    }

    public int size() {
        return byIntent.values().stream().mapToInt(List::size).sum();
    }

    static String name(Intent intent) {
        return intent.name().toLowerCase(Locale.ROOT);
    }

    private static void read(InputStream input, String source, Map<Intent, Set<String>> merged) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
        if (root == null) {
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(source + ": expected intent names mapped to lists of example messages");
        }
        map.forEach((key, value) -> {
            Intent intent = intent(String.valueOf(key), source);
            if (!(value instanceof List<?> messages)) {
                throw new IllegalStateException(source + ": " + key + " must be a list of example messages");
            }
            for (Object message : messages) {
                if (message == null || message.toString().isBlank()) {
                    throw new IllegalStateException(source + ": " + key + " has an empty example");
                }
                merged.computeIfAbsent(intent, k -> new LinkedHashSet<>())
                        .add(message.toString().strip());
            }
        });
    }

    private static Intent intent(String name, String source) {
        for (Intent intent : CLASSIFIED) {
            if (name(intent).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return intent;
            }
        }
        throw new IllegalStateException(source + ": unknown intent '" + name + "'; expected one of "
                + CLASSIFIED.stream().map(IntentExamples::name).toList());
    }
}
