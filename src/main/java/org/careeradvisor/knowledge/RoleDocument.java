package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A parsed role document: the role it describes, the names people use for it, and its sections in order;
 * {@code aspirations} are what someone who wants the role says they want to do ("invent new algorithms and publish
 * them"), which a wish without a role's name is read against besides the summary.
 */
public record RoleDocument(
        String id,
        String title,
        List<String> aliases,
        String summary,
        String updated,
        String sourceFile,
        List<Section> sections,
        List<String> aspirations) {

    public RoleDocument {
        aliases = List.copyOf(aliases);
        sections = List.copyOf(sections);
        aspirations = aspirations == null ? List.of() : List.copyOf(aspirations);
    }

    /** Top-level section titles in document order, without repeats. */
    public List<String> sectionTitles() {
        LinkedHashSet<String> titles = new LinkedHashSet<>();
        sections.forEach(section -> titles.add(section.topHeading()));
        return new ArrayList<>(titles);
    }

    /** The title first, then every alias: all the names this role answers to. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(title);
        aliases.stream().filter(alias -> !alias.equalsIgnoreCase(title)).forEach(names::add);
        return names;
    }

    /** A URL-safe identifier derived from a role title, e.g. "machine-learning-data-architect". */
    public static String idOf(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "role" : slug;
    }
}
