package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * A short profile of one role: what it does, its key requirements, its pay where the document has it, and the
 * topics one can ask about next.
 */
class OverviewComposer {

    private static final int OVERVIEW_SENTENCES = 2;
    private static final int RESPONSIBILITIES = 5;
    private static final int REQUIREMENTS = 4;
    private static final int PAY_LINES = 3;

    private final Vocabulary vocabulary;
    private final SalaryComposer salary;
    private final SuggestionGenerator suggestions;

    OverviewComposer(Vocabulary vocabulary, SalaryComposer salary, SuggestionGenerator suggestions) {
        this.vocabulary = vocabulary;
        this.salary = salary;
        this.suggestions = suggestions;
    }

    ComposedAnswer compose(RoleDocument role, RoleSections sections) {
        List<Statement> used = new ArrayList<>();
        StringBuilder markdown = new StringBuilder("**").append(role.title()).append("**");
        markdown.append(role.summary() == null ? "\n" : ": " + role.summary() + "\n");

        List<Statement> overview = sections.units(role, vocabulary.topic(TopicId.OVERVIEW)).stream()
                .filter(unit -> unit.kind() == Statement.Kind.SENTENCE && unit.subheading() == null)
                .limit(OVERVIEW_SENTENCES)
                .toList();
        if (!overview.isEmpty()) {
            markdown.append('\n')
                    .append(overview.stream().map(Statement::markdownQuote).collect(Collectors.joining(" ")))
                    .append('\n');
            used.addAll(overview);
        }

        // "What does an AI research manager do?" is answered by what the role does, before what it asks for.
        List<Statement> duties = sections.units(role, vocabulary.topic(TopicId.RESPONSIBILITIES)).stream()
                .filter(Statement::listItem)
                .filter(unit -> unit.parent() == null)
                .limit(RESPONSIBILITIES)
                .toList();
        if (!duties.isEmpty()) {
            markdown.append("\n**What the role does** (*")
                    .append(duties.get(0).section())
                    .append("*)\n");
            markdown.append(
                    Render.bullets(duties.stream().map(Statement::markdownQuote).toList()));
            used.addAll(duties);
        }

        List<Statement> requirements = sections.units(role, vocabulary.topic(TopicId.REQUIREMENTS)).stream()
                .filter(Statement::listItem)
                .limit(REQUIREMENTS)
                .toList();
        if (!requirements.isEmpty()) {
            markdown.append("\n**Key requirements** (*")
                    .append(requirements.get(0).section())
                    .append("*)\n");
            markdown.append(Render.bullets(
                    requirements.stream().map(Statement::markdownQuote).toList()));
            used.addAll(requirements);
        }

        List<Statement> pay = salary.payUnits(role, sections);
        if (pay.isEmpty()) {
            markdown.append("\n**Pay**: the document gives no pay figures.\n");
        } else {
            List<Statement> context =
                    pay.stream().filter(unit -> !unit.listItem()).limit(1).toList();
            List<Statement> figures =
                    pay.stream().filter(Statement::listItem).limit(PAY_LINES).toList();
            markdown.append("\n**Pay** (*").append(pay.get(0).section()).append("*)\n");
            context.forEach(unit -> markdown.append(unit.quote()).append('\n'));
            figures.forEach(unit -> markdown.append("- ")
                    .append(unit.subheading() == null ? "" : unit.subheading() + ": ")
                    .append(unit.quote())
                    .append('\n'));
            used.addAll(context);
            used.addAll(figures);
        }

        List<String> topics = suggestions.answerableTopics(role).stream()
                .filter(topic -> topic.id() != TopicId.OVERVIEW)
                .map(Topic::label)
                .toList();
        markdown.append("\nYou can ask me about its ")
                .append(String.join(", ", topics))
                .append('.');
        return new ComposedAnswer(markdown.toString().strip(), sections.sources(used));
    }
}
