package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * Drafts a job posting for HR from a role document: summary, responsibilities, requirements, nice-to-haves and
 * the compensation range with its year and region, nothing from outside the document.
 */
public class JobPostingDrafter {

    private static final Pattern NICE_TO_HAVE = Pattern.compile(
            "(?i)\\b(advantage|advantageous|preferred|a plus|bonus|nice to have|consider|familiarity)\\b");
    private static final Pattern PAY_FIGURE = Pattern.compile("(?i)^(base salary|range|average)\\b.*\\d");
    private static final int MAX_RESPONSIBILITIES = 8;
    private static final int MAX_REQUIREMENTS = 10;

    private final Vocabulary vocabulary;
    private final SalaryComposer salary;

    JobPostingDrafter(Vocabulary vocabulary, SalaryComposer salary) {
        this.vocabulary = vocabulary;
        this.salary = salary;
    }

    public JobPosting draft(RoleDocument role, RoleSections sections) {
        List<Statement> used = new ArrayList<>();
        List<Statement> overview = sections.units(role, vocabulary.topic(TopicId.OVERVIEW)).stream()
                .filter(unit -> !unit.listItem() && unit.subheading() == null)
                .limit(1)
                .toList();
        used.addAll(overview);
        String summary = overview.isEmpty() ? role.summary() : overview.get(0).text();

        List<Statement> responsibilities = sections.allUnits(role).stream()
                .filter(unit -> unit.listItem()
                        && (answers(TopicId.RESPONSIBILITIES, unit.section())
                                || unit.subheading() != null && answers(TopicId.RESPONSIBILITIES, unit.subheading())))
                .limit(MAX_RESPONSIBILITIES)
                .toList();
        used.addAll(responsibilities);

        List<Statement> requirementUnits = sections.units(role, vocabulary.topic(TopicId.REQUIREMENTS)).stream()
                .filter(Statement::listItem)
                .toList();
        if (requirementUnits.isEmpty()) {
            // Some documents state no requirements as such, only the skills the role needs.
            requirementUnits = sections.units(role, vocabulary.topic(TopicId.SKILLS)).stream()
                    .filter(Statement::listItem)
                    .toList();
        }
        List<Statement> niceToHave = requirementUnits.stream()
                .filter(unit -> NICE_TO_HAVE.matcher(unit.quote()).find())
                .toList();
        List<Statement> requirements = requirementUnits.stream()
                .filter(unit -> !niceToHave.contains(unit))
                .limit(MAX_REQUIREMENTS)
                .toList();
        used.addAll(requirements);
        used.addAll(niceToHave);

        JobPosting.Compensation compensation = compensation(role, sections, used);
        return new JobPosting(
                role.title(),
                summary,
                items(responsibilities),
                items(requirements),
                items(niceToHave),
                compensation,
                sections.sources(used));
    }

    /** The posting as Markdown for a chat answer. */
    public static String markdown(JobPosting posting) {
        StringBuilder out = new StringBuilder("**Job posting draft: ")
                .append(posting.role())
                .append("**\n\n");
        out.append("**About the role**\n").append(posting.summary()).append("\n");
        section(out, "What you will do", posting.responsibilities());
        section(out, "What we are looking for", posting.requirements());
        section(out, "Nice to have", posting.niceToHave());
        out.append("\n**Compensation**\n");
        if (posting.compensation() == null) {
            out.append("The role document gives no pay figures; add the range your organisation offers.\n");
        } else {
            out.append(posting.compensation().context())
                    .append(" (*")
                    .append(posting.compensation().section())
                    .append("*)\n");
            out.append(Render.bullets(posting.compensation().figures()));
        }
        out.append(
                "\n_Drafted only from the role document; each part is listed with its section. Review before publishing._");
        return out.toString();
    }

    private JobPosting.Compensation compensation(RoleDocument role, RoleSections sections, List<Statement> used) {
        List<Statement> pay = salary.payUnits(role, sections).stream()
                .filter(unit -> vocabulary.topic(TopicId.SALARY).answeredBy(unit.section()))
                .toList();
        // The role's own pay: not the comparisons with other roles or other regions the section may add.
        List<Statement> figures = pay.stream()
                .filter(unit ->
                        unit.listItem() && PAY_FIGURE.matcher(unit.quote()).find())
                .filter(unit -> unit.subheading() == null
                        || !unit.subheading().toLowerCase(java.util.Locale.ROOT).matches(".*(compared|global|other).*"))
                .toList();
        if (figures.isEmpty()) {
            return null;
        }
        String context = pay.stream()
                .filter(unit -> !unit.listItem())
                .map(Statement::quote)
                .findFirst()
                .orElse(figures.get(0).section());
        used.addAll(figures);
        pay.stream().filter(unit -> !unit.listItem()).findFirst().ifPresent(used::add);
        List<String> lines = figures.stream()
                .map(unit -> (unit.subheading() == null ? "" : unit.subheading() + ", ") + unit.quote())
                .toList();
        return new JobPosting.Compensation(context, lines, figures.get(0).section());
    }

    private boolean answers(TopicId topicId, String title) {
        return vocabulary.topic(topicId).answeredBy(title);
    }

    private static List<JobPosting.Item> items(List<Statement> units) {
        return units.stream()
                .map(unit -> new JobPosting.Item(unit.quote(), unit.section()))
                .toList();
    }

    private static void section(StringBuilder out, String title, List<JobPosting.Item> items) {
        if (!items.isEmpty()) {
            out.append("\n**").append(title).append("**\n");
            items.forEach(item -> out.append("- ")
                    .append(item.text())
                    .append(" (*")
                    .append(item.section())
                    .append("*)\n"));
        }
    }
}
