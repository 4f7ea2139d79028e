package org.careeradvisor.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's text against the sections it was given: every figure it states must appear in them (else the
 * answer is refused), and links or images that do not appear in them are removed.
 */
class OutputGuard {

    private static final Pattern FIGURE = Pattern.compile("[$€£]\\s?\\d+(?:,\\d{3})*(?:\\.\\d+)?"
            + "|\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s?%|\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:-\\d+)?\\+?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)\\]]+|\\bwww\\.[^\\s)\\]]+");

    /** Figures in the text that no section contains; single digits (list numbers, "1 of 3") are not figures. */
    List<String> inventedFigures(String text, String sources) {
        String haystack = normalise(sources);
        Set<String> invented = new LinkedHashSet<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            String figure = matcher.group().strip();
            String digits = figure.replaceAll("\\D", "");
            if (digits.length() < 2 && !figure.contains("$") && !figure.contains("%")) {
                continue;
            }
            if (!haystack.contains(normalise(figure))) {
                invented.add(figure);
            }
        }
        return new ArrayList<>(invented);
    }

    /** The text without images, and with links and URLs that the sources do not contain reduced to plain text. */
    String stripForeignLinks(String text, String sources) {
        String withoutImages = IMAGE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        String links = LINK.matcher(withoutImages)
                .replaceAll(match ->
                        Matcher.quoteReplacement(sources.contains(match.group(2)) ? match.group() : match.group(1)));
        return BARE_URL.matcher(links)
                .replaceAll(match -> Matcher.quoteReplacement(sources.contains(match.group()) ? match.group() : ""));
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", "").replace("–", "-");
    }
}
