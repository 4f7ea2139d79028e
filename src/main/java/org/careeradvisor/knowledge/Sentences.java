package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The one sentence splitter: a sentence ends at . ! or ? before a capital, except after a known abbreviation. */
public final class Sentences {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"])");
    private static final List<String> ABBREVIATIONS =
            List.of("e.g.", "i.e.", "U.S.", "Ph.D.", "vs.", "etc.", "Dr.", "Mr.", "Ms.", "St.", "approx.", "No.");

    private Sentences() {}

    public static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : SENTENCE_END.split(paragraph.strip())) {
            current.append(current.isEmpty() ? "" : " ").append(piece);
            String text = current.toString();
            if (ABBREVIATIONS.stream().noneMatch(text::endsWith)) {
                sentences.add(text.strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current.toString().strip());
        }
        return sentences.stream().filter(sentence -> !sentence.isEmpty()).toList();
    }
}
