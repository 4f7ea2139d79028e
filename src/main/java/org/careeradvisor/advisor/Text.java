package org.careeradvisor.advisor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Normalises user text the same way for role matching and cue matching.
 */
final class Text {

    private Text() {
    }

    /** Lower-case words with punctuation removed (apostrophes kept inside words). */
    static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9+#'.]+", " ")
                .replaceAll("(?<![a-z0-9])'|'(?![a-z0-9])", " ").replaceAll("\\.(?![a-z0-9])", " ");
        return Arrays.stream(cleaned.split("\\s+")).filter(word -> !word.isBlank()).toList();
    }

    /** The words joined by single spaces, with a space on both ends so " word " finds whole words. */
    static String padded(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }
}
