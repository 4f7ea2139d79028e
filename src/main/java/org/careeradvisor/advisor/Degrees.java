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

    /** Lines that make a degree an advantage rather than a requirement. */
    private static final Pattern ADVANTAGE =
            Pattern.compile("(?i)\\b(advantage|a plus|preferred|nice to have|beneficial|consider|think about)\\b");

    private Degrees() {}

    /** Whether a line makes its degree an advantage ("a Master's is a strong advantage"), not a requirement. */
    static boolean advantage(String line) {
        return ADVANTAGE.matcher(line).find();
    }

    /** The highest degree a person's message names (0 for "no degree"), or unknown. */
    static int highestNamed(String message) {
        if (NO_DEGREE.matcher(message).find()) {
            return NONE;
        }
        for (int level = LEVELS.size(); level >= 1; level--) {
            if (LEVELS.get(level - 1).matcher(message).find()) {
                return level;
            }
        }
        return UNKNOWN;
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
