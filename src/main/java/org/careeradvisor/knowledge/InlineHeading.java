package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds a Markdown block that a scraper flattened onto one line, such as
 * "### Key Duties 1. **Triage**: sort alerts. 2. **Harden**: ..." or "### Industry Context In fintech, ...":
 * the heading goes on its own line and inline list items become Markdown bullets.
 */
final class InlineHeading {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern LIST_MARKER = Pattern.compile("\\s(?:-|\\d{1,2}\\.)\\s+(?=\\S)");
    private static final Set<String> CONNECTORS =
            Set.of("and", "of", "from", "the", "on", "in", "to", "for", "with", "&");
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "In", "The", "A", "An", "While", "This", "These", "Their", "They", "It", "As", "For", "When", "With", "By",
            "At", "Many", "Most", "Our", "Some", "Such", "Each");
    private static final int MAX_HEADING_WORDS = 8;

    private InlineHeading() {}

    static String expand(String line) {
        Matcher heading = HEADING.matcher(line);
        if (!heading.matches()) {
            return line;
        }
        String hashes = heading.group(1);
        String rest = heading.group(2).strip();
        Matcher marker = LIST_MARKER.matcher(" " + rest);
        if (marker.find()) {
            int start = Math.max(0, marker.start() - 1);
            String title = rest.substring(0, start).strip();
            List<String> items = splitItems(rest.substring(start));
            if (!title.isEmpty() && !items.isEmpty()) {
                return hashes + " " + title + "\n\n"
                        + String.join(
                                "\n", items.stream().map(item -> "- " + item).toList());
            }
        }
        String[] words = rest.split("\\s+");
        int end = titleLength(words);
        if (end >= words.length) {
            return line;
        }
        return hashes + " " + String.join(" ", List.of(words).subList(0, end)) + "\n\n"
                + String.join(" ", List.of(words).subList(end, words.length));
    }

    private static List<String> splitItems(String text) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_MARKER.split(" " + text)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** How many leading words form the heading: a run of capitalised words and connectors, before the sentence. */
    private static int titleLength(String[] words) {
        int end = 0;
        while (end < words.length && end < MAX_HEADING_WORDS) {
            String word = words[end];
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            if (end > 0 && SENTENCE_STARTERS.contains(word) || !capitalised && !CONNECTORS.contains(word)) {
                break;
            }
            end++;
        }
        // "Impact on the Industry AI Engineers bridge ...": the capitalised word before a lower-case one starts the
        // sentence.
        if (end > 1
                && end < words.length
                && Character.isLowerCase(words[end].codePointAt(0))
                && !SENTENCE_STARTERS.contains(words[end - 1])
                && !CONNECTORS.contains(words[end])) {
            end--;
        }
        return Math.max(1, end);
    }
}
