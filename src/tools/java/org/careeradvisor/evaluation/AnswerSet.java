package org.careeradvisor.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One half of the answer evaluation ({@code evaluation/answers-dev.json} or {@code answers-heldout.json}): questions
 * as users ask them, each with the facts its answer must hold and the unasked facts it must not.
 */
public record AnswerSet(String description, List<Question> questions) {

    public static AnswerSet load(String name) throws IOException {
        try (InputStream input = new ClassPathResource("evaluation/" + name).getInputStream()) {
            return JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(input, AnswerSet.class);
        }
    }

    /**
     * A question, the earlier turns of its conversation, and its facts: each {@code must} entry lists alternatives
     * split by "|"; "yes" or "no" as an entry is the verdict the answer's first line must give.
     */
    public record Question(
            String id,
            String q,
            List<String> history,
            String role,
            String kind,
            List<String> must,
            List<String> mustNot,
            Boolean grounded) {

        public Question {
            history = history == null ? List.of() : List.copyOf(history);
            must = must == null ? List.of() : List.copyOf(must);
            mustNot = mustNot == null ? List.of() : List.copyOf(mustNot);
        }

        public boolean answerable() {
            return grounded == null || grounded;
        }

        /** The facts that text must contain (verdict words left out). */
        public List<String> facts() {
            return must.stream().filter(fact -> !isVerdict(fact)).toList();
        }

        public static boolean isVerdict(String fact) {
            return fact.equalsIgnoreCase("yes") || fact.equalsIgnoreCase("no");
        }

        /**
         * Whether the text, as a reader sees it (Markdown emphasis marks left out), holds one of the fact's
         * alternatives.
         */
        public static boolean holds(String text, String fact) {
            String lower = text.replace("**", "").replace("__", "").toLowerCase(Locale.ROOT);
            for (String alternative : fact.split("\\|")) {
                if (!alternative.isBlank() && lower.contains(alternative.strip().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }
}
