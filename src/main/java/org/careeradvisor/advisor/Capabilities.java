package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;

import java.util.List;

/**
 * The advisor's structured capabilities, each composed from whole role sections without a model: overview,
 * comparison, career path, job posting, salary and skills gap.
 */
public class Capabilities {

    private final SalaryComposer salary;
    private final PayComposer pay;
    private final OverviewComposer overview;
    private final ComparisonComposer comparison;
    private final CareerPathComposer careerPath;
    private final JobPostingDrafter posting;
    private final SkillsGapAdvisor skillsGap;

    public Capabilities(Vocabulary vocabulary, SkillVocabulary skills, SuggestionGenerator suggestions) {
        this.salary = new SalaryComposer(vocabulary);
        this.pay = new PayComposer(vocabulary, salary);
        this.overview = new OverviewComposer(vocabulary, salary, suggestions);
        this.comparison = new ComparisonComposer(vocabulary, salary);
        this.careerPath = new CareerPathComposer(vocabulary);
        this.posting = new JobPostingDrafter(vocabulary, salary);
        this.skillsGap = new SkillsGapAdvisor(vocabulary, skills);
    }

    ComposedAnswer overview(RoleDocument role, RoleSections sections) {
        return overview.compose(role, sections);
    }

    ComposedAnswer compare(List<RoleDocument> roles, RoleSections sections) {
        return comparison.compose(roles, sections);
    }

    ComposedAnswer careerPath(RoleDocument role, RoleSections sections) {
        return careerPath.compose(role, sections);
    }

    ComposedAnswer salary(List<RoleDocument> roles, RoleSections sections) {
        return salary.compose(roles, sections);
    }

    /** What the question asks of each role's pay: only the figures asked, or what the document lacks and the nearest. */
    ComposedAnswer pay(String question, List<RoleDocument> roles, RoleSections sections, KnowledgeBase knowledge) {
        StringBuilder markdown = new StringBuilder();
        List<Source> sources = new java.util.ArrayList<>();
        boolean grounded = true;
        for (RoleDocument role : roles) {
            java.util.Optional<ComposedAnswer> answer = pay.compose(question, role, sections, knowledge);
            if (answer.isPresent()) {
                markdown.append(answer.get().markdown()).append("\n\n");
                sources.addAll(answer.get().sources());
                grounded &= answer.get().grounded();
            } else {
                markdown.append("The role document for **").append(role.title()).append("** gives no pay figures.\n\n");
            }
        }
        return new ComposedAnswer(markdown.toString().strip(), sources, grounded);
    }

    boolean hasPay(RoleDocument role, RoleSections sections) {
        return !salary.payUnits(role, sections).isEmpty();
    }

    ComposedAnswer skillsGap(List<String> messages, List<RoleDocument> candidates, RoleSections sections) {
        return skillsGap.compose(messages, candidates, sections);
    }

    JobPosting posting(RoleDocument role, RoleSections sections) {
        return posting.draft(role, sections);
    }
}
