package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * A role's pay statements, read once for every capability that quotes pay (pay answers, overviews, comparisons,
 * postings): the statements of its pay sections, and its figure lines with the sentences that give their scope.
 */
class SalaryComposer {

    /** The year, region or currency a pay sentence gives its figures in. */
    private static final Pattern CONTEXT =
            Pattern.compile("(?i)\\b(19|20)\\d{2}\\b|\\bUS\\b|dollars?|euros?|currency|per year|a year|annual");

    private final Topic salary;

    SalaryComposer(Vocabulary vocabulary) {
        this.salary = vocabulary.topic(TopicId.SALARY);
    }

    /**
     * Whether a sentence gives the year, region or currency of figures ("The figures below describe the US market in
     * 2024").
     */
    static boolean givesScope(Statement unit) {
        return CONTEXT.matcher(unit.quote()).find()
                && !unit.quote().toLowerCase(Locale.ROOT).startsWith("as ");
    }

    /**
     * Figure lines, and the sentences that give their year, region or currency: first of the pay sections, then of
     * pay sub-sections inside other sections (such as "Competitive compensation" under "Market Demand").
     */
    List<Statement> payUnits(RoleDocument role, RoleSections sections) {
        List<Statement> units = new ArrayList<>();
        for (Statement unit : payStatements(role, sections)) {
            boolean figure = unit.figure();
            boolean context = !unit.listItem() && givesScope(unit);
            if (figure || context) {
                units.add(unit);
            }
        }
        return units;
    }

    /** Every statement of the pay sections, then of pay sub-sections inside other sections, in document order. */
    List<Statement> payStatements(RoleDocument role, RoleSections sections) {
        List<Statement> all = sections.allUnits(role);
        List<Statement> ordered = new ArrayList<>(all.stream()
                .filter(unit -> salary.answeredBy(unit.topHeading()))
                .toList());
        all.stream()
                .filter(unit -> !salary.answeredBy(unit.topHeading()) && salary.answeredBy(unit.section()))
                .forEach(ordered::add);
        return ordered;
    }
}
