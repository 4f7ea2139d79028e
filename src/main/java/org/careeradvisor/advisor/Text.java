package org.careeradvisor.advisor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises user text the same way for role matching and cue matching.
 */
final class Text {

    private Text() {}

    /** Lower-case words with punctuation removed (apostrophes kept inside words). */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String cleaned = LOOSE_DOT
                .matcher(LOOSE_APOSTROPHE
                        .matcher(OTHER.matcher(lower).replaceAll(" "))
                        .replaceAll(" "))
                .replaceAll(" ");
        return Arrays.stream(SPACES.split(cleaned))
                .filter(word -> !word.isBlank())
                .toList();
    }

    private static final Pattern OTHER = Pattern.compile("[^a-z0-9+#'.]+");
    private static final Pattern LOOSE_APOSTROPHE = Pattern.compile("(?<![a-z0-9])'|'(?![a-z0-9])");
    private static final Pattern LOOSE_DOT = Pattern.compile("\\.(?![a-z0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The words joined by single spaces, with a space on both ends so " word " finds whole words. */
    static String padded(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }

    /**
     * A message that opens with what its writer does or wants, the "I" left out: "doing phd in ML, wanna invent new
     * algorithms", "studying CS, wanna build models"; not "looking to hire ...", someone else's work. A regular
     * expression to join to others.
     */
    static final String UNSAID_I =
            "^\\W*(?:doing|studying|working (?:as|in|on)|wanna(?! (?:hire|recruit|find|know|ask)\\b))\\b";

    /** A year as people write one: "2019", "in 2030". */
    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b");

    /** Whether a padded text ({@link #padded}) holds one of the phrases as whole words. */
    static boolean containsAny(String padded, java.util.Collection<String> phrases) {
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
