package org.careeradvisor.knowledge;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a Markdown role document: YAML front matter (SnakeYAML) for the role's names, and the body through
 * {@link MarkdownStructure} (commonmark) for its sections and blocks.
 */
public class MarkdownRoleParser {

    public RoleDocument parse(String text, String sourceFile) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        FrontMatter frontMatter = FrontMatter.split(normalized);
        MarkdownStructure.Parsed parsed = MarkdownStructure.parse(frontMatter.body());
        String title =
                firstNonBlank(frontMatter.string("title"), parsed.title(), firstLine(frontMatter.body()), sourceFile);
        List<String> aliases = frontMatter.values().containsKey("aliases")
                ? frontMatter.list("aliases")
                : RoleNames.derive(title, parsed.sections());
        return new RoleDocument(
                RoleDocument.idOf(title),
                title,
                aliases,
                frontMatter.string("summary"),
                frontMatter.string("updated"),
                sourceFile,
                parsed.sections(),
                frontMatter.values().containsKey("aspirations") ? frontMatter.list("aspirations") : List.of());
    }

    private static String firstLine(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(null);
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
                return date.toInstant()
                        .atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
            }
            return value == null ? null : value.toString();
        }

        List<String> list(String key) {
            Object value = values.get(key);
            if (value instanceof List<?> items) {
                return items.stream()
                        .filter(item -> item != null)
                        .map(Object::toString)
                        .map(String::strip)
                        .toList();
            }
            return value == null ? List.of() : List.of(value.toString().split("\\s*,\\s*"));
        }
    }
}
