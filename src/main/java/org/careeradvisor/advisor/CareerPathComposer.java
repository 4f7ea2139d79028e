package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Statement;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How to get into a role: education, the steps and years of experience from its career-development section in
 * document order; for a role without one, what its requirements ask for.
 */
class CareerPathComposer {

    private static final Pattern EXPERIENCE = Pattern.compile("(?i)\\b\\d+(\\s*-\\s*\\d+|\\+)?\\s*years?\\b");
    private static final int MAX_ITEMS = 14;

    private final Vocabulary vocabulary;

    CareerPathComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    ComposedAnswer compose(RoleDocument role, RoleSections sections) {
        List<Statement> path = sections.units(role, vocabulary.topic("career")).stream()
                .filter(unit -> unit.listItem() && isPathLabel(unit.subheading()))
                .limit(MAX_ITEMS).toList();
        StringBuilder markdown = new StringBuilder();
        List<Statement> used = new ArrayList<>(path);
        if (!path.isEmpty()) {
            String article = Topic.withArticle(role.title()).split(" ")[0];
            markdown.append("How to become ").append(article).append(" **").append(role.title()).append("**, in order:\n");
            Render.units(markdown, path, false);
        } else {
            List<Statement> requirements = sections.units(role, vocabulary.topic("requirements")).stream()
                    .filter(Statement::listItem).toList();
            markdown.append("The **").append(role.title()).append("** document has no career-development section. ")
                    .append("What the role asks for is the way in:\n");
            Render.units(markdown, requirements, false);
            used.addAll(requirements);
        }
        List<String> experience = used.stream().map(Statement::quote).filter(text -> EXPERIENCE.matcher(text).find()).toList();
        if (!experience.isEmpty()) {
            markdown.append("\n**Experience the document mentions**\n").append(Render.bullets(experience));
        }
        return new ComposedAnswer(markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sections.sources(used));
    }

    /** Education, progression and skills-to-build lists; not the role's duties or market notes inside the section. */
    private static boolean isPathLabel(String label) {
        if (label == null) {
            return true;
        }
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("education") || lower.contains("progression") || lower.contains("skill")
                || lower.contains("learning") || lower.contains("step") || lower.contains("path");
    }
}
