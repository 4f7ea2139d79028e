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
    private static final Pattern NOISE =
            Pattern.compile("(?i)^(logo\\S*|\\S*\\s?image|image\\s?\\d*|advertisement|share|menu)$");
    private static final Pattern INLINE_HEADING = Pattern.compile("\\s+(#{2,4}\\s)");
    private static final Pattern CLOSING = Pattern.compile(
            "(?<=[a-z)])\\s+(?=(In summary|In conclusion|In short|Overall|To summari[sz]e|By [a-z]+ing these)\\b)");
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
        // Indent of the bullet that opened the current list: a bullet indented deeper is nested under the one above.
        int listIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty()) {
                out.append('\n');
                continue;
            }
            var bulletLine = BULLET.matcher(raw);
            if (!bulletLine.matches() && listIndent >= 0) {
                // A paragraph after a list starts a block of its own, or Markdown would fold it into the last item.
                out.append('\n');
                listIndent = -1;
            }
            if (line.startsWith("#")) {
                out.append(InlineHeading.expand(line)).append("\n\n");
                continue;
            }
            var bullet = bulletLine;
            if (bullet.matches()) {
                int depth = raw.length() - raw.stripLeading().length();
                if (listIndent < 0 || depth <= listIndent) {
                    listIndent = depth;
                }
                String indent = depth > listIndent ? "  " : "";
                String[] itemAndClosing = CLOSING.split(bullet.group(2).strip(), 2);
                out.append(indent)
                        .append("- ")
                        .append(itemAndClosing[0].strip())
                        .append('\n');
                if (itemAndClosing.length > 1) {
                    // "... needs and goals In summary, a Machine Learning ...": the page ran its closing line into the
                    // item.
                    String closing = bullet.group(2)
                            .strip()
                            .substring(itemAndClosing[0].length())
                            .strip();
                    out.append('\n').append(closing).append("\n\n");
                    listIndent = -1;
                }
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
