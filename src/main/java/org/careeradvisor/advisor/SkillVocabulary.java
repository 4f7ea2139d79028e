package org.careeradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Skills and their synonyms from {@code advisor/skills.yml}: finds the skills a text mentions, whatever the casing
 * or the name used ("Postgres" is SQL, "GCP" is Google Cloud).
 */
public class SkillVocabulary {

    private final List<Skill> skills;

    private SkillVocabulary(List<Skill> skills) {
        this.skills = skills;
    }

    public static SkillVocabulary load() {
        try (InputStream input = new ClassPathResource("advisor/skills.yml").getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            List<Skill> skills = new ArrayList<>();
            for (Object item : (List<?>) root.get("skills")) {
                Map<?, ?> entry = (Map<?, ?>) item;
                List<Pattern> patterns = ((List<?>) entry.get("aliases"))
                        .stream()
                                .map(Object::toString)
                                .map(SkillVocabulary::pattern)
                                .toList();
                List<String> lackImplies = entry.get("lackImplies") instanceof List<?> implied
                        ? implied.stream().map(Object::toString).toList()
                        : List.of();
                skills.add(new Skill(entry.get("skill").toString(), patterns, lackImplies));
            }
            return new SkillVocabulary(List.copyOf(skills));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read advisor/skills.yml: " + e.getMessage(), e);
        }
    }

    /** The canonical names of the skills the text mentions, in vocabulary order. */
    public Set<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        // "pipelines/warehousing/ETL" lists three things; "AI/ML" and "CI/CD" are names of their own.
        String listed = LISTED.matcher(text).replaceAll(", ");
        for (Skill skill : skills) {
            if (skill.patterns().stream()
                    .anyMatch(pattern -> pattern.matcher(listed).find())) {
                found.add(skill.name());
            }
        }
        return found;
    }

    /** A slash between two words of three letters or more, which lists them. */
    private static final Pattern LISTED = Pattern.compile("(?<=\\p{L}{3})/(?=\\p{L}{3})");

    private static Pattern pattern(String alias) {
        boolean exact = alias.startsWith("=");
        String word = exact ? alias.substring(1) : alias;
        String regex = "(?<![\\w+#/-])" + Pattern.quote(word) + "(?![\\w+#/&-])";
        return exact ? Pattern.compile(regex) : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The skills lacked, with those a lack implies: someone who "never did any ML" has no experience of AI
     * technologies either ({@code lackImplies} in the file).
     */
    public Set<String> withImpliedLacks(Set<String> lacked) {
        Set<String> all = new LinkedHashSet<>(lacked);
        skills.stream()
                .filter(skill -> lacked.contains(skill.name()))
                .forEach(skill -> all.addAll(skill.lackImplies()));
        return all;
    }

    private record Skill(String name, List<Pattern> patterns, List<String> lackImplies) {}
}
