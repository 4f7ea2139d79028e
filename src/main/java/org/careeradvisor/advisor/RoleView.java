package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * A role as channels show it: its names, summary and sections as written.
 *
 * @param document      the role's file, relative to the knowledge folder
 * @param sectionTitles the top-level section titles in document order, without repeats
 */
public record RoleView(
        String id,
        String title,
        List<String> aliases,
        String summary,
        String updated,
        String document,
        List<String> sectionTitles,
        List<Section> sections) {

    /** One section: its heading path (top-level section first), full title and body as written. */
    public record Section(String title, List<String> headingPath, String text) {}

    static RoleView of(RoleDocument role) {
        return new RoleView(
                role.id(),
                role.title(),
                role.aliases(),
                role.summary(),
                role.updated(),
                role.sourceFile(),
                role.sectionTitles(),
                role.sections().stream()
                        .map(section -> new Section(section.title(), section.headingPath(), section.body()))
                        .toList());
    }
}
