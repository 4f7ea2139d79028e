package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a role goes by when its document lists none (a scraped page has no front matter): the names its opening
 * sentences give ("also known as an AI/ML Architect"), each part of a slashed name, and the title and those names
 * with the usual abbreviations ("ML" for "Machine Learning").
 */
final class RoleNames {

    private static final Pattern ALSO_KNOWN = Pattern.compile(
            "(?i:also known as|also called|sometimes called|often called|a role also called|aka)\\s+(?:an?\\s+|the\\s+)?"
                    + "((?:[A-Z][\\w/&-]*)(?:\\s+(?:[A-Z][\\w/&-]*))*)");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "Machine Learning",
            "ML",
            "Artificial Intelligence",
            "AI",
            "Vice President",
            "VP",
            "Research and Development",
            "R&D");
    private static final int OPENING_SENTENCES = 3;

    private RoleNames() {}

    static List<String> derive(String title, List<Section> sections) {
        Set<String> names = new LinkedHashSet<>();
        sections.stream()
                .flatMap(section -> section.blocks().stream())
                .filter(Block.Prose.class::isInstance)
                .map(Block.Prose.class::cast)
                .flatMap(prose -> prose.sentences().stream())
                .limit(OPENING_SENTENCES)
                .forEach(sentence -> {
                    Matcher matcher = ALSO_KNOWN.matcher(sentence);
                    while (matcher.find()) {
                        String name = matcher.group(1).strip();
                        names.add(name);
                        slashed(name).forEach(names::add);
                    }
                });
        List<String> abbreviated = new ArrayList<>();
        for (String name : concat(title, names)) {
            ABBREVIATIONS.forEach((full, short_) -> {
                if (name.contains(full)) {
                    abbreviated.add(name.replace(full, short_));
                }
            });
        }
        names.addAll(abbreviated);
        names.remove(title);
        return List.copyOf(names);
    }

    /** "AI/ML Architect" also goes by "AI Architect" and "ML Architect". */
    private static List<String> slashed(String name) {
        Matcher slash = Pattern.compile("(\\w+)/(\\w+)").matcher(name);
        if (!slash.find()) {
            return List.of();
        }
        return List.of(
                name.substring(0, slash.start()) + slash.group(1) + name.substring(slash.end()),
                name.substring(0, slash.start()) + slash.group(2) + name.substring(slash.end()));
    }

    private static List<String> concat(String title, Set<String> names) {
        List<String> all = new ArrayList<>();
        all.add(title);
        all.addAll(names);
        return all;
    }
}
