package org.careeradvisor.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Knowledge of any number of roles for the scale benchmark, made from the shipped role documents: the shipped roles
 * as they are, then roles with titles and aliases of their own (a field and, past the first 40 fields, a qualifier
 * before a shipped title: "Logistics AI Research Scientist", "Applied Retail Machine Learning Data Architect"), each
 * with the sections of one shipped role less one of them, plus a section of another, and its own title in the text.
 * A fixture of the benchmark, never shipped knowledge.
 */
final class ScaleKnowledge {

    private static final List<String> FIELDS = List.of(
            "Logistics",
            "Retail",
            "Healthcare",
            "Banking",
            "Insurance",
            "Energy",
            "Telecom",
            "Automotive",
            "Aerospace",
            "Agriculture",
            "Pharma",
            "Gaming",
            "Media",
            "Travel",
            "Hospitality",
            "Manufacturing",
            "Mining",
            "Shipping",
            "Railway",
            "Fashion",
            "Education",
            "Government",
            "Defense",
            "Legal",
            "Real Estate",
            "Construction",
            "Utilities",
            "Biotech",
            "Chemicals",
            "Semiconductor",
            "Robotics",
            "Sports",
            "Music",
            "Publishing",
            "Advertising",
            "Cybersecurity",
            "Payments",
            "Wealth",
            "Climate",
            "Ocean");
    private static final List<String> QUALIFIERS = List.of(
            "Applied",
            "Cloud",
            "Edge",
            "Quantum",
            "Responsible",
            "Federated",
            "Embedded",
            "Realtime",
            "Generative",
            "Trusted",
            "Scalable",
            "Sustainable",
            "Mobile",
            "Industrial",
            "Clinical",
            "Financial",
            "Spatial",
            "Conversational",
            "Multimodal",
            "Autonomous",
            "Predictive",
            "Streaming",
            "Secure",
            "Open",
            "Global");
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)^---\\n(.*?)\\n---\\n(.*)$");

    private ScaleKnowledge() {}

    /** One shipped document, split into what the generator recombines. */
    private record Shipped(String title, List<String> aliases, String summary, String intro, List<String> sections) {}

    /** Writes this many role documents into the folder (the shipped ones first) and returns how many it wrote. */
    static int generate(Path folder, int roles) throws IOException {
        List<Shipped> shipped = shipped();
        Path dir = Files.createDirectories(folder.resolve("roles"));
        int maxRoles = shipped.size() + shipped.size() * FIELDS.size() * (QUALIFIERS.size() + 1);
        if (roles > maxRoles) {
            throw new IllegalArgumentException("at most " + maxRoles + " roles can be generated");
        }
        for (int i = 0; i < roles; i++) {
            String text;
            String title;
            if (i < shipped.size()) {
                Shipped role = shipped.get(i);
                title = role.title();
                text = render(
                        role.title(), role.aliases(), role.summary(), role.intro(), role.sections(), role.title());
            } else {
                int n = i - shipped.size();
                Shipped base = shipped.get(n % shipped.size());
                Shipped other = shipped.get(
                        (n % shipped.size() + 1 + (n / shipped.size()) % (shipped.size() - 1)) % shipped.size());
                int prefixNumber = n / shipped.size();
                String field = FIELDS.get(prefixNumber % FIELDS.size());
                int qualifier = prefixNumber / FIELDS.size();
                String prefix = qualifier == 0 ? field : QUALIFIERS.get(qualifier - 1) + " " + field;
                title = prefix + " " + base.title();
                String newTitle = title;
                List<String> aliases = base.aliases().stream()
                        .filter(alias -> !alias.equals(base.title()))
                        .map(alias -> prefix + " " + alias)
                        .toList();
                List<String> sections = new ArrayList<>(base.sections().stream()
                        .map(section -> section.replace(base.title(), newTitle))
                        .toList());
                if (sections.size() > 3) {
                    sections.remove(1 + n % (sections.size() - 1));
                }
                List<String> borrowed =
                        other.sections().subList(1, other.sections().size());
                if (!borrowed.isEmpty()) {
                    sections.add(borrowed.get(n % borrowed.size()).replace(other.title(), title));
                }
                text = render(title, aliases, base.summary(), base.intro(), sections, base.title());
            }
            String file = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".md";
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        }
        return roles;
    }

    private static String render(
            String title,
            List<String> aliases,
            String summary,
            String intro,
            List<String> sections,
            String replacedTitle) {
        StringBuilder text = new StringBuilder("---\ntitle: ").append(title).append("\naliases:\n");
        text.append("  - ").append(title).append('\n');
        aliases.forEach(alias -> text.append("  - ").append(alias).append('\n'));
        text.append("summary: ").append(summary).append("\nupdated: 2026-12-01\n---\n");
        text.append(intro.replace(replacedTitle, title));
        sections.forEach(text::append);
        return text.toString();
    }

    private static List<Shipped> shipped() throws IOException {
        Resource[] resources =
                new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/roles/*.md");
        List<Resource> sorted = new ArrayList<>(Arrays.asList(resources));
        sorted.sort(Comparator.comparing(Resource::getFilename));
        List<Shipped> shipped = new ArrayList<>();
        for (Resource resource : sorted) {
            String document =
                    new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            Matcher matcher = FRONT_MATTER.matcher(document);
            if (!matcher.matches()) {
                continue;
            }
            String front = matcher.group(1);
            String body = matcher.group(2);
            String title = value(front, "title");
            List<String> aliases = new ArrayList<>();
            Matcher alias = Pattern.compile("(?m)^\\s+-\\s+(.+)$")
                    .matcher(front.substring(Math.max(0, front.indexOf("aliases:"))));
            while (alias.find() && front.contains("aliases:")) {
                aliases.add(alias.group(1).strip());
            }
            aliases.remove(title);
            // The text before the first "## " heading, then each "## " section with its subsections.
            String[] parts = body.split("(?m)(?=^## )");
            List<String> sections = new ArrayList<>(Arrays.asList(parts).subList(1, parts.length));
            shipped.add(new Shipped(title, aliases, value(front, "summary"), parts[0], sections));
        }
        if (shipped.size() < 2) {
            throw new IllegalStateException("the shipped role documents are missing from the class path");
        }
        return shipped;
    }

    private static String value(String frontMatter, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + key + ":\\s*(.*)$").matcher(frontMatter);
        return matcher.find() ? matcher.group(1).strip() : "";
    }
}
