package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A parsed role document: the role it describes, the names people use for it, and its sections in order.
 */
public record RoleDocument(String id, String title, List<String> aliases, String summary, String updated,
                           String sourceFile, List<Section> sections) {

    /** Compiled name patterns by the names they match; roles are few, and a reload with the same names reuses them. */
    private static final java.util.Map<List<String>, java.util.regex.Pattern> NAME_PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public RoleDocument {
        aliases = List.copyOf(aliases);
        sections = List.copyOf(sections);
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

    /**
     * The text with this role's names taken out, with "to work as a" before them: inside one role's documents its
     * name says nothing about what is asked.
     */
    public String withoutNames(String text) {
        java.util.regex.Pattern names = NAME_PATTERNS.computeIfAbsent(names(), RoleDocument::namePattern);
        return names.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** One pattern for all of a role's names, the longest first so "ML Data Architect" wins over "ML Architect". */
    private static java.util.regex.Pattern namePattern(List<String> names) {
        String alternatives = names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return java.util.regex.Pattern.compile("(?i)\\b((to )?(work|working|start|get hired|be hired|job|career) as (an? |the )?)?"
                + "(" + alternatives + ")(s|'s)?\\b");
    }

    /** A URL-safe identifier derived from a role title, e.g. "machine-learning-data-architect". */
    public static String idOf(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "role" : slug;
    }
}
