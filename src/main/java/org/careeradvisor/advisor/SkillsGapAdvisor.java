package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Statement;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Skills gap and fit: reads the person's skills and experience from their messages, ranks the roles by how much of
 * what their requirement and skill sections name the person already has, and lists matches and gaps with sections.
 */
class SkillsGapAdvisor {

    private static final Pattern EXPERIENCE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\+?\\s*(?:years?|yrs?)\\b(?:\\s+(?:of\\s+experience\\s+)?(?:as|in)\\s+(?:an?\\s+)?([a-z][a-z /-]{2,40}?))?(?=[,.;!?]|\\s+(?:and|but|so|which|what)\\b|\\s+-|$)");
    private static final List<String> SKILL_TOPICS = List.of("requirements", "skills");
    /** How much naming the person's current job in a role's path or requirements counts, in matched-skill terms. */
    private static final double EXPERIENCE_BONUS = 0.3;
    private static final int BEST_FITS = 2;
    private static final int MAX_MISSING = 8;

    private final Vocabulary vocabulary;
    private final SkillVocabulary skills;

    SkillsGapAdvisor(Vocabulary vocabulary, SkillVocabulary skills) {
        this.vocabulary = vocabulary;
        this.skills = skills;
    }

    /** @param messages the person's messages in this conversation, the current one last */
    ComposedAnswer compose(List<String> messages, List<RoleDocument> candidates, RoleSections sections) {
        Set<String> have = new LinkedHashSet<>();
        messages.forEach(message -> have.addAll(skills.find(message)));
        List<String> experience = messages.stream().flatMap(message -> experience(message).stream()).distinct().toList();
        if (have.isEmpty()) {
            return new ComposedAnswer("Tell me which skills, tools and experience you have (for example *I know Python and SQL "
                    + "and have 2 years as a data analyst*), and I will match them against each role's requirements.", List.of());
        }
        List<Fit> fits = candidates.stream().map(role -> fit(role, have, experience, sections))
                .filter(fit -> !fit.required().isEmpty())
                .sorted(Comparator.comparingDouble(Fit::score).reversed()).toList();

        StringBuilder markdown = new StringBuilder("**Your profile**: ").append(String.join(", ", have));
        if (!experience.isEmpty()) {
            markdown.append("; ").append(String.join(", ", experience));
        }
        markdown.append("\n\n**Roles ranked by how many of the skills their documents name you already have**\n");
        fits.forEach(fit -> markdown.append("- ").append(fit.role().title()).append(": ").append(fit.matched().size())
                .append(" of ").append(fit.required().size()).append('\n'));
        List<Statement> used = new ArrayList<>();
        for (Fit fit : fits.subList(0, Math.min(BEST_FITS, fits.size()))) {
            markdown.append("\n**").append(fit.role().title()).append("**\n");
            markdown.append("- You have: ").append(fit.matched().isEmpty() ? "none of the named skills yet" : describe(fit, fit.matched())).append('\n');
            List<String> missing = fit.required().keySet().stream().filter(skill -> !have.contains(skill)).limit(MAX_MISSING).toList();
            markdown.append("- To learn: ").append(missing.isEmpty() ? "nothing the document names" : describe(fit, missing)).append('\n');
            if (fit.jobUnit() != null) {
                markdown.append("- Your experience counts: ").append(fit.jobUnit().text()).append(" (*")
                        .append(fit.jobUnit().section()).append("*)\n");
                used.add(fit.jobUnit());
            }
            fit.required().values().forEach(used::add);
        }
        markdown.append("\n_Matched against the requirement and skill sections of each role document; it weighs skills, not people._");
        return new ComposedAnswer(markdown.toString().strip(), sections.sources(new ArrayList<>(new LinkedHashSet<>(used))));
    }

    /**
     * Scores a role by matched skills over the square root of the skills it names, so a long document that names
     * many skills neither wins nor loses by its length alone; naming the person's current job adds a little.
     */
    private Fit fit(RoleDocument role, Set<String> have, List<String> experience, RoleSections sections) {
        Map<String, Statement> required = new LinkedHashMap<>();
        Topic softSkills = vocabulary.topic("soft-skills");
        List<String> jobs = experience.stream().map(SkillsGapAdvisor::job).filter(job -> !job.isEmpty()).toList();
        Statement jobUnit = null;
        for (Statement unit : sections.allUnits(role)) {
            String where = unit.section();
            boolean skillSection = SKILL_TOPICS.stream().anyMatch(topic -> vocabulary.topic(topic).answeredBy(where));
            if (skillSection && !softSkills.answeredBy(where)) {
                skills.find(unit.quote()).forEach(skill -> required.putIfAbsent(skill, unit));
            }
            String text = unit.quote().toLowerCase(java.util.Locale.ROOT);
            if (jobUnit == null && (skillSection || vocabulary.topic("career").answeredBy(where)) && jobs.stream().anyMatch(text::contains)) {
                jobUnit = unit;
            }
        }
        List<String> matched = required.keySet().stream().filter(have::contains).toList();
        double score = required.isEmpty() ? 0 : matched.size() / Math.sqrt(required.size());
        return new Fit(role, required, matched, score + (jobUnit != null ? EXPERIENCE_BONUS : 0), jobUnit);
    }

    /** "2 years as data analyst" -> "data analy": the job's words, cut to match "data analysis" as well. */
    private static String job(String experience) {
        int as = experience.indexOf(" as ");
        if (as < 0) {
            return "";
        }
        String job = experience.substring(as + 4).strip().toLowerCase(java.util.Locale.ROOT);
        return job.length() > 6 ? job.substring(0, job.length() - 3) : job;
    }

    /** Skills grouped by the section that names them: "Python, SQL (*Requirements*)". */
    private static String describe(Fit fit, List<String> names) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (String skill : names) {
            Statement unit = fit.required().get(skill);
            String section = unit.section();
            bySection.computeIfAbsent(section, key -> new ArrayList<>()).add(skill);
        }
        return bySection.entrySet().stream().map(entry -> String.join(", ", entry.getValue()) + " (*" + entry.getKey() + "*)")
                .collect(Collectors.joining("; "));
    }

    static List<String> experience(String message) {
        List<String> found = new ArrayList<>();
        Matcher matcher = EXPERIENCE.matcher(message);
        while (matcher.find()) {
            String years = matcher.group(1);
            String as = matcher.group(2);
            found.add(years + " years" + (as == null ? " of experience" : " as " + as.strip()));
        }
        return found;
    }

    private record Fit(RoleDocument role, Map<String, Statement> required, List<String> matched, double score, Statement jobUnit) {
    }
}
