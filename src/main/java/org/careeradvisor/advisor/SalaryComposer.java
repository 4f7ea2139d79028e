package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Statement;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pay answers: every figure the role's pay sections give, under the labels that say what it is (total compensation
 * or base, average, range or top 10%), with the year, region and currency as the document states them.
 */
class SalaryComposer {

    /** The year, region or currency a pay sentence gives its figures in. */
    private static final Pattern CONTEXT = Pattern.compile("(?i)\\b(19|20)\\d{2}\\b|\\bUS\\b|dollars?|euros?|currency|per year|a year|annual");
    static final String VARIES = "_Figures vary by location, experience, industry and employer; they are quoted as the document gives them._";

    private final Topic salary;

    SalaryComposer(Vocabulary vocabulary) {
        this.salary = vocabulary.topic(TopicId.SALARY);
    }

    Topic topic() {
        return salary;
    }

    ComposedAnswer compose(List<RoleDocument> roles, RoleSections sections) {
        StringBuilder markdown = new StringBuilder();
        List<Statement> used = new ArrayList<>();
        for (RoleDocument role : roles) {
            List<Statement> units = payUnits(role, sections);
            if (units.isEmpty()) {
                markdown.append("The role document for **").append(role.title()).append("** gives no pay figures.\n\n");
                continue;
            }
            markdown.append("**Pay of the ").append(role.title()).append(" role**\n");
            Render.units(markdown, units, false);
            used.addAll(units);
        }
        if (!used.isEmpty()) {
            markdown.append('\n').append(VARIES);
        }
        return new ComposedAnswer(markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sections.sources(figuresFirst(used)));
    }

    /** Whether a sentence gives the year, region or currency of figures ("The figures below describe the US market in 2024"). */
    static boolean givesScope(Statement unit) {
        return CONTEXT.matcher(unit.quote()).find() && !unit.quote().toLowerCase(Locale.ROOT).startsWith("as ");
    }

    /** The sections holding figures are cited before those that only give their context. */
    private static List<Statement> figuresFirst(List<Statement> used) {
        java.util.Set<String> withFigures = new java.util.HashSet<>();
        used.stream().filter(Statement::figure).forEach(unit -> withFigures.add(RoleSections.key(unit)));
        return used.stream().sorted(java.util.Comparator.comparing(unit -> withFigures.contains(RoleSections.key(unit)) ? 0 : 1))
                .toList();
    }

    /**
     * Figure lines, and the sentences that give their year, region or currency: first of the pay sections, then of
     * pay sub-sections inside other sections (such as "Competitive compensation" under "Market Demand").
     */
    List<Statement> payUnits(RoleDocument role, RoleSections sections) {
        List<Statement> units = new ArrayList<>();
        List<Statement> all = sections.allUnits(role);
        List<Statement> ordered = new ArrayList<>(all.stream().filter(unit -> salary.answeredBy(unit.topHeading())).toList());
        all.stream().filter(unit -> !salary.answeredBy(unit.topHeading()) && salary.answeredBy(unit.section())).forEach(ordered::add);
        for (Statement unit : ordered) {
            boolean figure = unit.figure();
            boolean context = !unit.listItem() && givesScope(unit);
            if (figure || context) {
                units.add(unit);
            }
        }
        return units;
    }
}
