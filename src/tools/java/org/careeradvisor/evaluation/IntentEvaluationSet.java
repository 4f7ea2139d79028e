package org.careeradvisor.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capability evaluation data ({@code evaluation/intents.json}): messages, with the earlier turns they follow,
 * the intent the advisor must recognise, whether the answer is grounded and facts it must contain.
 */
public record IntentEvaluationSet(String description, List<Case> cases) {

    public static IntentEvaluationSet load() throws IOException {
        try (InputStream input = new ClassPathResource("evaluation/intents.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(input, IntentEvaluationSet.class);
        }
    }

    /** One message to the advisor and what a correct answer looks like. */
    public record Case(String q, List<String> history, String intent, boolean grounded, List<String> contains) {

        public Case {
            history = history == null ? List.of() : history;
            contains = contains == null ? List.of() : contains;
        }
    }
}
