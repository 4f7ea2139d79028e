package org.careeradvisor.knowledge;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown role document: YAML front matter for the role's names, ATX headings for its sections.
 */
public class MarkdownRoleParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");

    public RoleDocument parse(String text, String sourceFile) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        FrontMatter frontMatter = FrontMatter.split(normalized);
        List<String> lines = List.of(frontMatter.body().split("\n", -1));

        String firstHeading = null;
        List<Section> sections = new ArrayList<>();
        List<String> path = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher heading = inFence ? null : HEADING.matcher(line);
            if (heading == null || !heading.matches()) {
                body.append(line).append('\n');
                continue;
            }
            int level = heading.group(1).length();
            String title = heading.group(2).strip();
            if (level == 1 && firstHeading == null) {
                firstHeading = title;
                flush(sections, path, body);
                continue;
            }
            flush(sections, path, body);
            // Level 2 is a top-level section: the document's own title (level 1) is not part of the path.
            int depth = Math.max(0, level - 2);
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(title);
        }
        flush(sections, path, body);

        String title = firstNonBlank(frontMatter.string("title"), firstHeading, firstLine(frontMatter.body()), sourceFile);
        return new RoleDocument(RoleDocument.idOf(title), title, frontMatter.list("aliases"),
                frontMatter.string("summary"), frontMatter.string("updated"), sourceFile, sections);
    }

    private static void flush(List<Section> sections, List<String> path, StringBuilder body) {
        String text = body.toString().strip();
        body.setLength(0);
        if (!text.isEmpty()) {
            sections.add(new Section(path, text));
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "Untitled role";
    }

    /** The YAML block between leading "---" lines, if the document has one. */
    record FrontMatter(Map<String, Object> values, String body) {

        static FrontMatter split(String text) {
            if (!text.startsWith("---\n")) {
                return new FrontMatter(Map.of(), text);
            }
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                return new FrontMatter(Map.of(), text);
            }
            int bodyStart = text.indexOf('\n', end + 4);
            String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("front matter is not a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            return new FrontMatter(values, body);
        }

        String string(String key) {
            Object value = values.get(key);
            if (value instanceof java.util.Date date) {
                // YAML reads "updated: 2026-11-26" as a timestamp; keep it the date the author wrote.
                return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
            }
            return value == null ? null : value.toString();
        }

        List<String> list(String key) {
            Object value = values.get(key);
            if (value instanceof List<?> items) {
                return items.stream().filter(item -> item != null).map(Object::toString).map(String::strip).toList();
            }
            return value == null ? List.of() : List.of(value.toString().split("\\s*,\\s*"));
        }
    }
}
