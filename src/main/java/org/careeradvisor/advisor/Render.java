package org.careeradvisor.advisor;

import java.util.List;

/**
 * Writes quoted units as Markdown: a heading line per section, a bold line per sub-heading, list items as bullets
 * and sentences as paragraphs.
 */
final class Render {

    private Render() {
    }

    /** @param withRole whether section headings name their role (answers about several roles) */
    static void units(StringBuilder markdown, List<AnswerUnit> units, boolean withRole) {
        String heading = null;
        String label = null;
        for (AnswerUnit unit : units) {
            String unitHeading = (withRole ? unit.chunk().roleTitle() + " - " : "") + unit.chunk().headingPath();
            if (!unitHeading.equals(heading)) {
                markdown.append("\n*").append(unitHeading).append("*\n");
                heading = unitHeading;
                label = null;
            }
            if (unit.label() != null && !unit.label().equals(label)) {
                label = unit.label();
                markdown.append("\n**").append(label).append("**\n");
            }
            if (unit.listItem()) {
                markdown.append("- ").append(unit.text()).append('\n');
            } else {
                // A blank line first, or Markdown would read the sentence as part of the list item above.
                markdown.append('\n').append(unit.text()).append("\n\n");
            }
        }
    }

    static String bullets(List<String> items) {
        StringBuilder out = new StringBuilder();
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        return out.toString();
    }
}
