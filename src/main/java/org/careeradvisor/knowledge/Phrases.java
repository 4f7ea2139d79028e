package org.careeradvisor.knowledge;

import java.util.regex.Pattern;

/**
 * Patterns that find a phrase only as whole words: "ML Architect" not inside "ML Architects' guild", "C++ Dev." too.
 */
public final class Phrases {

    private Phrases() {}

    /**
     * The regular expression, with no letter or digit allowed right before or after it (unlike \b, names may end in
     * "+").
     */
    public static String wholeWords(String regex) {
        return "(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])";
    }

    /** A literal phrase as whole words. */
    public static Pattern literal(String phrase) {
        return Pattern.compile(wholeWords(Pattern.quote(phrase)));
    }
}
