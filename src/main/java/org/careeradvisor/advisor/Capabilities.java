package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.List;

/**
 * The advisor's structured capabilities, each composed from whole role sections without a model: overview,
 * comparison, career path, job posting, salary and skills gap.
 */
public class Capabilities {

    private final SalaryComposer salary;
    private final OverviewComposer overview;
    private final ComparisonComposer comparison;
    private final CareerPathComposer careerPath;
    private final JobPostingDrafter posting;
    private final SkillsGapAdvisor skillsGap;

    public Capabilities(Vocabulary vocabulary, SkillVocabulary skills, SuggestionGenerator suggestions) {
        this.salary = new SalaryComposer(vocabulary);
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
