package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recovers the structure of plain text without markup, such as a scraped careers page or the text Tika
 * extracts from HTML, PDF or DOCX: heading-like lines start sections, bullet glyphs become Markdown bullets,
 * and page furniture (logos, image captions, repeated lines) is dropped.
 */
public class PlainTextRoleParser {

    private static final Pattern BULLET = Pattern.compile("^\\s*([•●▪◦‣∙·*+-]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern NOISE = Pattern.compile("(?i)^(logo\\S*|\\S*\\s?image|image\\s?\\d*|advertisement|share|menu)$");
    private static final Pattern INLINE_HEADING = Pattern.compile("\\s+(#{2,4}\\s)");
    private static final int MAX_HEADING_WORDS = 10;
    private static final int MAX_HEADING_CHARS = 80;

    private final MarkdownRoleParser markdown = new MarkdownRoleParser();

    public RoleDocument parse(String text, String sourceFile) {
        return markdown.parse(toMarkdown(text), sourceFile);
    }

    /** Rewrites the text as Markdown so one section model serves every format. */
    String toMarkdown(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        // Scraped pages sometimes flatten a Markdown block onto one line: "... role. ### Key Responsibilities 1. ..."
        normalized = INLINE_HEADING.matcher(normalized).replaceAll("\n$1");
        List<String> lines = new ArrayList<>();
        String previous = null;
        for (String raw : normalized.split("\n")) {
            String line = raw.strip();
            if (NOISE.matcher(line).matches() || line.equals(previous)) {
                continue;
            }
            if (!line.isEmpty()) {
                previous = line;
            }
            lines.add(raw.stripTrailing());
        }

        StringBuilder out = new StringBuilder();
        boolean titleWritten = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty()) {
                out.append('\n');
                continue;
            }
            if (line.startsWith("#")) {
                out.append(InlineHeading.expand(line)).append("\n\n");
                continue;
            }
            var bullet = BULLET.matcher(raw);
            if (bullet.matches()) {
                String indent = raw.length() - raw.stripLeading().length() > 4 ? "  " : "";
                out.append(indent).append("- ").append(bullet.group(2).strip()).append('\n');
                continue;
            }
            if (isHeading(line, nextContentLine(lines, i))) {
                out.append(titleWritten ? "## " : "# ").append(line).append("\n\n");
                titleWritten = true;
                continue;
            }
            if (!titleWritten) {
                out.append("# ").append(line).append("\n\n");
                titleWritten = true;
                continue;
            }
            out.append(line).append("\n\n");
        }
        return out.toString();
    }

    private static String nextContentLine(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return null;
    }

    private static boolean isHeading(String line, String next) {
        if (next == null || line.length() > MAX_HEADING_CHARS || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;:!?".indexOf(last) >= 0) {
            return false;
        }
        return line.split("\\s+").length <= MAX_HEADING_WORDS;
    }
}
