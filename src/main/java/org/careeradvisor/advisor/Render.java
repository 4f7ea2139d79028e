package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.knowledge.Statement;

/**
 * Writes quoted statements as Markdown: an italic heading line per section, items as bullets, sentences as paragraphs.
 */
final class Render {

    private Render() {}

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
                markdown.append("  ".repeat(depth(unit, units)))
                        .append("- ")
                        .append(unit.markdownQuote())
                        .append('\n');
            } else {
                // A blank line first, or Markdown would read the sentence as part of the list item above.
                markdown.append('\n').append(unit.markdownQuote()).append("\n\n");
            }
        }
    }

    /** How deep an item is nested under the items shown with it: 0 when its parent is not shown. */
    private static int depth(Statement unit, List<Statement> shown) {
        int depth = 0;
        String parentId = unit.parentId();
        while (parentId != null) {
            String id = parentId;
            java.util.Optional<Statement> parent =
                    shown.stream().filter(other -> other.id().equals(id)).findFirst();
            if (parent.isEmpty()) {
                break;
            }
            depth++;
            parentId = parent.get().parentId();
        }
        return depth;
    }

    static String heading(Statement unit, boolean withRole) {
        return (withRole ? unit.roleTitle() + " - " : "")
                + String.join(" › ", unit.headingPath().isEmpty() ? List.of("Overview") : unit.headingPath());
    }

    static String bullets(List<String> items) {
        StringBuilder out = new StringBuilder();
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        return out.toString();
    }
}
