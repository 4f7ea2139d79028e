package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * Two or three roles side by side: the differences first (what the documents say sets them apart, degree,
 * experience, pay), then per topic what each document says, or that it says nothing on it.
 */
class ComparisonComposer {

    private static final List<TopicId> TOPICS =
            List.of(TopicId.OVERVIEW, TopicId.RESPONSIBILITIES, TopicId.REQUIREMENTS, TopicId.SKILLS, TopicId.SALARY);
    private static final Pattern DEGREE =
            Pattern.compile("(?i)\\b(Ph\\.?D\\.?|doctorate|Master'?s|Bachelor'?s|advanced degree)");
    private static final Pattern YEARS = Pattern.compile("(?i)\\b\\d+(\\s*-\\s*\\d+|\\+)?\\s*years?\\b[^.;]*");
    private static final int ITEMS_PER_TOPIC = 3;

    private final Vocabulary vocabulary;
    private final SalaryComposer salary;

    ComparisonComposer(Vocabulary vocabulary, SalaryComposer salary) {
        this.vocabulary = vocabulary;
        this.salary = salary;
    }

    ComposedAnswer compose(List<RoleDocument> roles, RoleSections sections) {
        List<Statement> used = new ArrayList<>();
        String names = roles.stream().map(role -> "**" + role.title() + "**").collect(Collectors.joining(" and "));
        StringBuilder markdown = new StringBuilder("Comparing ").append(names).append(".\n\n**Key differences**\n");
        markdown.append(Render.bullets(differences(roles, sections, used)));

        for (TopicId topicId : TOPICS) {
            Topic topic = vocabulary.topic(topicId);
            markdown.append("\n**")
                    .append(capitalise(topicId == TopicId.OVERVIEW ? "focus" : topic.label()))
                    .append("**\n");
            for (RoleDocument role : roles) {
                List<Statement> units = topicId == TopicId.SALARY
                        ? salary.payUnits(role, sections).stream()
                                .filter(Statement::listItem)
                                .toList()
                        : sections.units(role, topic).stream()
                                .filter(unit -> topicId == TopicId.OVERVIEW ? !unit.listItem() : unit.listItem())
                                .toList();
                List<Statement> shown = units.stream()
                        .limit(topicId == TopicId.OVERVIEW ? 1 : ITEMS_PER_TOPIC)
                        .toList();
                markdown.append("- *").append(role.title()).append("*: ");
                if (shown.isEmpty()) {
                    markdown.append("no information on this in its document\n");
                } else {
                    markdown.append(shown.stream().map(Statement::quote).collect(Collectors.joining("; ")))
                            .append('\n');
                    used.addAll(shown);
                }
            }
        }
        return new ComposedAnswer(markdown.toString().strip(), sections.sources(dedupe(used)));
    }

    private List<String> differences(List<RoleDocument> roles, RoleSections sections, List<Statement> used) {
        List<String> differences = new ArrayList<>();
        // A document's own words on how it differs from a compared role come first.
        for (RoleDocument role : roles) {
            for (Statement unit : sections.units(role, vocabulary.topic(TopicId.DISTINCTION))) {
                boolean namesOther = roles.stream()
                        .filter(other -> other != role)
                        .anyMatch(other -> unit.section().contains(other.title())
                                || unit.quote().contains(other.title().replaceAll("s$", "")));
                boolean summary = unit.quote().matches("^(In short|In summary|Put briefly)\\b.*");
                if (namesOther && !unit.listItem() && !summary) {
                    differences.add(unit.quote() + " (*" + role.title() + " - " + unit.section() + "*)");
                    used.add(unit);
                }
            }
        }
        differences.add("Education: "
                + roles.stream()
                        .map(role -> role.title() + ": " + degrees(role, sections, used))
                        .collect(Collectors.joining("; ")));
        differences.add("Experience: "
                + roles.stream()
                        .map(role -> role.title() + ": " + experience(role, sections, used))
                        .collect(Collectors.joining("; ")));
        differences.add("Pay figures: "
                + roles.stream()
                        .map(role -> role.title() + ": "
                                + (salary.payUnits(role, sections).isEmpty()
                                        ? "none in the document"
                                        : "given in the document"))
                        .collect(Collectors.joining("; ")));
        return differences;
    }

    private String degrees(RoleDocument role, RoleSections sections, List<Statement> used) {
        Set<String> degrees = new LinkedHashSet<>();
        for (Statement unit : sections.units(role, vocabulary.topic(TopicId.REQUIREMENTS))) {
            Matcher matcher = DEGREE.matcher(unit.quote());
            boolean found = false;
            while (matcher.find()) {
                degrees.add(normalise(matcher.group(1)));
                found = true;
            }
            if (found) {
                used.add(unit);
            }
        }
        return degrees.isEmpty() ? "no degree stated" : String.join(" or ", degrees);
    }

    private static String experience(RoleDocument role, RoleSections sections, List<Statement> used) {
        for (Statement unit : sections.allUnits(role)) {
            Matcher matcher = YEARS.matcher(unit.quote());
            if (matcher.find() && !unit.quote().matches(".*\\b(19|20)\\d{2}\\b.*")) {
                used.add(unit);
                return matcher.group().strip();
            }
        }
        return "no years stated";
    }

    private static String normalise(String degree) {
        String lower = degree.toLowerCase(Locale.ROOT).replace(".", "");
        if (lower.startsWith("phd") || lower.startsWith("doctor")) {
            return "Ph.D.";
        }
        if (lower.startsWith("master")) {
            return "Master's";
        }
        if (lower.startsWith("bachelor")) {
            return "Bachelor's";
        }
        return degree;
    }

    private static List<Statement> dedupe(List<Statement> units) {
        return new ArrayList<>(new LinkedHashSet<>(units));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
