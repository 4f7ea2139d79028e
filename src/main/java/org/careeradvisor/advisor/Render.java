package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Statement;

import java.util.List;

/** Writes quoted statements as Markdown: an italic heading line per section, items as bullets, sentences as paragraphs. */
final class Render {

    private Render() {
    }

    /** @param withRole whether section headings name their role (answers about several roles) */
    static void units(StringBuilder markdown, List<Statement> units, boolean withRole) {
        String heading = null;
        for (Statement unit : units) {
            String unitHeading = heading(unit, withRole);
            if (!unitHeading.equals(heading)) {
                markdown.append("\n*").append(unitHeading).append("*\n");
                heading = unitHeading;
            }
            if (unit.listItem()) {
                boolean nested = unit.parent() != null && units.stream().anyMatch(other -> other.quote().equals(unit.parent()));
                markdown.append(nested ? "  - " : "- ").append(unit.markdownQuote()).append('\n');
            } else {
                // A blank line first, or Markdown would read the sentence as part of the list item above.
                markdown.append('\n').append(unit.markdownQuote()).append("\n\n");
            }
        }
    }

    static String heading(Statement unit, boolean withRole) {
        return (withRole ? unit.roleTitle() + " - " : "") + String.join(" › ", unit.headingPath().isEmpty()
                ? List.of("Overview") : unit.headingPath());
    }

    static String bullets(List<String> items) {
        StringBuilder out = new StringBuilder();
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        return out.toString();
    }
}
