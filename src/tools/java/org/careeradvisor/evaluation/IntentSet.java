package org.careeradvisor.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One half of the intent set ({@code evaluation/intents-dev.json} or {@code intents-heldout.json}): messages as users
 * write them, each with the kind of answer it should get, the earlier messages of its conversation and any second
 * label that is also right.
 */
public record IntentSet(String description, List<Case> cases) {

    public static IntentSet load(String name) throws IOException {
        try (InputStream input = new ClassPathResource("evaluation/" + name).getInputStream()) {
            return JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(input, IntentSet.class);
        }
    }

    /** A message, its expected intent (as channels name it: "salary", "smalltalk"...) and its conversation so far. */
    public record Case(String q, String intent, List<String> history, List<String> accept) {

        public Case {
            history = history == null ? List.of() : List.copyOf(history);
            accept = accept == null ? List.of() : List.copyOf(accept);
        }

        public boolean accepts(String answered) {
            return intent.equals(answered) || accept.contains(answered);
        }
    }
}
