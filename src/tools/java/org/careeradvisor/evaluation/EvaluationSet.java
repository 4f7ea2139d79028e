package org.careeradvisor.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retrieval evaluation data ({@code evaluation/questions.json}): questions with the role and the
 * top-level sections that answer them, and off-topic questions that must not be answered.
 */
public record EvaluationSet(String description, List<Case> questions, List<String> offTopic) {

    public static EvaluationSet load() throws IOException {
        try (InputStream input = new ClassPathResource("evaluation/questions.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(input, EvaluationSet.class);
        }
    }

    /** One question and what answers it. */
    public record Case(String q, String role, List<String> sections) {

        public boolean answeredBy(String roleId, String section) {
            return role.equals(roleId)
                    && sections.stream()
                            .anyMatch(expected ->
                                    expected.toLowerCase(Locale.ROOT).equals(section.toLowerCase(Locale.ROOT)));
        }
    }
}
