package org.careeradvisor.advisor;

import java.util.List;
import java.util.regex.Pattern;

/** Degree levels as people and documents name them: 1 a bachelor's, 2 a master's, 3 a doctorate. */
final class Degrees {

    static final int UNKNOWN = -1;
    static final int NONE = 0;
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile(
                    "(?i)\\b(bachelor'?s?|bsc|b\\.sc|b\\.s\\.(?!\\w)|bs (?=in\\b)|undergraduate degree|undergrad|cs degree)(?!\\w)"),
            // Not "Scrum Master" nor "master data management".
            Pattern.compile(
                    "(?i)(?<!scrum )\\b(master'?s?|masters|msc|m\\.sc|m\\.s\\.(?!\\w)|ms (?=in\\b)|mba|meng)(?!\\w)(?! data)"),
            Pattern.compile("(?i)\\b(ph\\.?\\s?d\\.?|doctorate|doctoral)"));
    private static final Pattern ADVANCED = Pattern.compile("(?i)\\badvanced degree\\b");
    private static final Pattern NO_DEGREE =
            Pattern.compile("(?i)\\b(no degree|without a degree|no college|never went to university)\\b");

    private static final Pattern UNFINISHED_BEFORE = Pattern.compile("(?i)\\b(dropped out of|drop out of|quit|left|"
            + "abandoned|never (?:finished|completed)|didn'?t (?:finish|complete)|did not (?:finish|complete)|unfinished|"
            + "incomplete|half ?way through|part ?way through|currently (?:doing|in|pursuing)|pursuing|working (?:on|towards?)"
            + "|studying for|enrolled in|started)\\b[^,.;!?]{0,30}$");
    private static final Pattern UNFINISHED_AFTER = Pattern.compile(
            "(?i)[\\s(]*(drop ?out|dropped|unfinished|incomplete|in progress|not finished|abandoned)\\b");

    /** "no phd", "without a master's", "don't have a PhD": a degree named as not held, which says nothing of others. */
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\b(no|without(?: an?)?|don'?t have(?: an?)?|"
            + "do not have(?: an?)?|never (?:got|did|earned|had)(?: an?)?|lack(?:ing)?(?: an?)?|not an?)\\s+"
            // "no master's or PhD": the denial carries along a list.
            + "(?:(?:an? )?[\\w'.]+(?: degree)?\\s*(?:,|or|nor)\\s+){0,2}$");

    /** "wants to go on to a doctorate", "thinking about a master's": a degree wished for, which says nothing held. */
    private static final Pattern WISHED_BEFORE = Pattern.compile("(?i)\\b(wants? to|wanna|would like to|'d like to|"
            + "hope to|hoping to|hopes to|plans? to|planning to|going to|gonna|intends? to|aims? to|thinking (?:about|of)|"
            + "considering|apply(?:ing)? (?:for|to)|get into|go on to|go for|aspires? to|dreams? of)\\b"
            // "I want to use my PhD": a degree of one's own, held.
            + "(?:(?!\\b(?:my|our|his|her|their)\\b)[^,.;!?]){0,30}$");

    /** Lines that make a degree an advantage rather than a requirement. */
    private static final Pattern ADVANTAGE =
            Pattern.compile("(?i)\\b(advantage|a plus|preferred|nice to have|beneficial|consider|think about)\\b");

    private Degrees() {}

    /** Whether a line makes its degree an advantage ("a Master's is a strong advantage"), not a requirement. */
    static boolean advantage(String line) {
        return ADVANTAGE.matcher(line).find();
    }

    /** "PhD researchers", "PhDs", "master's holders": the degree of other people. */
    private static final java.util.regex.Pattern OTHERS_HELD = java.util.regex.Pattern.compile(
            "(?i)(?:s\\b|\\s+(?:researchers|scientists|engineers|people|holders|hires|candidates|staff|folks))");

    /** The highest degree a person's message says they hold (0 for "no degree"), or unknown. */
    static int highestNamed(String message) {
        if (NO_DEGREE.matcher(message).find()) {
            return NONE;
        }
        int unfinished = UNKNOWN;
        for (int level = LEVELS.size(); level >= 1; level--) {
            java.util.regex.Matcher named = LEVELS.get(level - 1).matcher(message);
            while (named.find()) {
                if (DENIED_BEFORE
                        .matcher(message.substring(Math.max(0, named.start() - 24), named.start()))
                        .find()) {
                    continue;
                }
                if (WISHED_BEFORE
                        .matcher(message.substring(Math.max(0, named.start() - 48), named.start()))
                        .find()) {
                    continue;
                }
                if (OTHERS_HELD.matcher(message.substring(named.end())).lookingAt()) {
                    // "I lead 6 PhD researchers": other people's degrees, not the asker's.
                    continue;
                }
                if (!unfinished(message, named.start(), named.end())) {
                    return level;
                }
                unfinished = Math.max(unfinished, level);
            }
        }
        // Someone who left a PhD or a master's unfinished holds at least the bachelor's it starts from; someone who
        // left
        // a bachelor's, none.
        return unfinished == UNKNOWN ? UNKNOWN : unfinished == 1 ? NONE : 1;
    }

    /** "dropped out of my ML PhD", "currently doing a master's", "PhD (unfinished)": a degree not (yet) held. */
    private static boolean unfinished(String message, int start, int end) {
        String before = message.substring(Math.max(0, start - 48), start);
        String after = message.substring(end, Math.min(message.length(), end + 24));
        return UNFINISHED_BEFORE.matcher(before).find()
                || UNFINISHED_AFTER.matcher(after).lookingAt();
    }

    /** The lowest degree a requirement names ("Master's or Ph.D." and "advanced degree" are a master's), 0 for none. */
    static int lowestNamed(String requirement) {
        for (int level = 1; level <= LEVELS.size(); level++) {
            if (LEVELS.get(level - 1).matcher(requirement).find()
                    || level == 2 && ADVANCED.matcher(requirement).find()) {
                return level;
            }
        }
        return NONE;
    }
}
