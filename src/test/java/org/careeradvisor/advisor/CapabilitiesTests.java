package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.careeradvisor.SharedIndex;
import org.careeradvisor.conversation.Source;
import org.junit.jupiter.api.Test;

/**
 * Each advisor capability on the shipped knowledge, with real retrieval: the facts that must appear and the sources.
 */
class CapabilitiesTests {

    private final Advisor advisor = SharedIndex.advisor();

    private Answer ask(String conversationId, String message) {
        return advisor.ask(new AdvisorRequest(conversationId, message, "test"));
    }

    @Test
    void overviewProfilesTheRoleWithRequirementsPayAndWhatToAskNext() {
        Answer scientist = ask(null, "Tell me about the AI Research Scientist role");
        Answer architect = ask(null, "Tell me about the ML data architect role");

        assertThat(scientist.intent()).isEqualTo(Intent.OVERVIEW);
        assertThat(scientist.answer())
                .contains(
                        "**AI Research Scientist**",
                        "A Ph.D. in computer science",
                        "the document gives no pay figures",
                        "You can ask me about its");
        assertThat(scientist.sources()).extracting(Source::section).contains("Overview", "Skills and Qualifications");
        assertThat(architect.answer()).contains("Bachelor's degree", "Average: $393,000", "US market in 2024");
        assertThat(architect.sources()).extracting(Source::section).contains("Salary Ranges (US Market, 2024)");
    }

    @Test
    void comparisonStatesDifferencesFirstThenEachTopicSideBySide() {
        Answer answer = ask(null, "Compare AI Research Engineer and AI Research Scientist");

        assertThat(answer.intent()).isEqualTo(Intent.COMPARE);
        assertThat(answer.roles()).containsExactly("AI Research Engineer", "AI Research Scientist");
        String text = answer.answer();
        assertThat(text.indexOf("**Key differences**")).isLessThan(text.indexOf("**Responsibilities**"));
        assertThat(text)
                .contains(
                        "theoretical exploration",
                        "AI Research Scientist: Ph.D.",
                        "AI Research Engineer: no degree stated",
                        "Programming languages such as Python, Java and R");
        assertThat(text).contains("- *AI Research Engineer*: no information on this in its document");
        assertThat(text).doesNotContain("$");
        assertThat(answer.sources())
                .extracting(Source::section)
                .contains("Distinction from AI Research Scientists", "Skills and Qualifications", "Technical Skills");
    }

    @Test
    void comparisonWithAnEarlierRoleAndThreeRoles() {
        ask("cmp", "Tell me about the AI Research Engineer role");
        Answer followUp = ask("cmp", "how does it compare to the research scientist?");
        Answer three = ask(null, "Compare the AI research scientist, engineer and manager roles");

        assertThat(followUp.intent()).isEqualTo(Intent.COMPARE);
        assertThat(followUp.roles()).containsExactly("AI Research Engineer", "AI Research Scientist");
        assertThat(three.roles())
                .containsExactlyInAnyOrder("AI Research Scientist", "AI Research Engineer", "AI Research Manager");
        assertThat(three.answer()).contains("2+ years");
    }

    @Test
    void skillsGapRanksRolesAndListsMatchesAndGapsWithSections() {
        Answer answer = ask(
                "gap",
                "I know Python, SQL and Spark and have 2 years as a data analyst - which role fits me and what should I learn?");

        assertThat(answer.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(answer.answer()).startsWith("**Closest fit: Machine Learning Data Architect.**");
        assertThat(answer.answer())
                .contains("Read from your messages: Python, SQL, Apache Spark, 2 years as data analyst");
        assertThat(answer.answer())
                .contains("What is missing", "(*Requirements > Technical skills*)", "data analysis position")
                .doesNotContain(" of 40", " of 4");
        assertThat(answer.sources()).isNotEmpty();

        Answer more = ask("gap", "I also know GCP and Postgres");
        assertThat(more.intent()).isEqualTo(Intent.SKILLS_GAP);
        assertThat(more.answer()).contains("Python", "Google Cloud", "SQL");
    }

    @Test
    void skillSynonymsAndCasingAreMatchedFromTheVocabulary() {
        SkillVocabulary skills = SkillVocabulary.load();

        assertThat(skills.find("I use GCP, postgres and k8s; some ML and nlp"))
                .contains("Google Cloud", "SQL", "Kubernetes", "Machine learning", "Natural language processing");
        assertThat(skills.find("SQL databases and Google Cloud")).contains("SQL", "Google Cloud");
        assertThat(skills.find("I know R and C++")).contains("R", "C/C++");
        assertThat(skills.find("research and development")).doesNotContain("R");
    }

    @Test
    void skillsGapWithoutSkillsAsksForThem() {
        Answer answer = ask(null, "Which role fits me?");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.answer()).contains("Tell me which skills");
    }

    @Test
    void careerPathGivesEducationStepsAndYearsInOrder() {
        Answer answer = ask(null, "How do I become an ML data architect?");

        assertThat(answer.intent()).isEqualTo(Intent.CAREER_PATH);
        String text = answer.answer();
        assertThat(text)
                .contains(
                        "Bachelor's degree in Computer Science, Mathematics",
                        "entry-level programming or data analysis",
                        "3-5 years of experience");
        assertThat(text.indexOf("Educational foundation")).isLessThan(text.indexOf("Career progression"));
        assertThat(text.indexOf("Start in an entry-level")).isLessThan(text.indexOf("Build 3-5 years"));
        assertThat(answer.sources())
                .extracting(Source::section)
                .allSatisfy(section -> assertThat(section).startsWith("Career Development"));
    }

    @Test
    void careerPathForARoleWithoutACareerSectionUsesItsRequirements() {
        Answer answer = ask(null, "How do I become an AI research manager?");

        assertThat(answer.answer()).contains("has no career-development section", "Master's or Ph.D.", "2+ years");
    }

    @Test
    void jobPostingIsComposedOnlyFromTheRoleDocumentWithSections() {
        Answer answer = ask(null, "Draft a job posting for a Machine Learning Data Architect");
        JobPosting posting = advisor.posting("machine-learning-data-architect").orElseThrow();

        assertThat(answer.intent()).isEqualTo(Intent.JOB_POSTING);
        assertThat(answer.answer())
                .contains(
                        "**What you will do**",
                        "**What we are looking for**",
                        "**Nice to have**",
                        "Base salary: $138,000 to $314,000",
                        "US market in 2024");
        assertThat(posting.responsibilities())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.section()).isNotBlank());
        assertThat(posting.requirements()).anyMatch(item -> item.text().contains("Bachelor's degree"));
        assertThat(posting.niceToHave()).anyMatch(item -> item.text().contains("Master's degree"));
        assertThat(posting.compensation().section()).startsWith("Salary Ranges (US Market, 2024)");
        assertThat(posting.compensation().figures())
                .anyMatch(line -> line.contains("$138,000 to $314,000"))
                .noneMatch(line -> line.contains("$189,122"));
        assertThat(advisor.posting("ai-research-scientist").orElseThrow().compensation())
                .isNull();
        assertThat(advisor.posting("nobody")).isEmpty();
    }

    @Test
    void salaryAnswersSayWhatEachFigureIsWithYearRegionAndCurrency() {
        Answer answer = ask(null, "What's the base salary of an ML architect?");

        assertThat(answer.intent()).isEqualTo(Intent.SALARY);
        // The figure asked for, with its year, region and currency, and none of the figures not asked for.
        assertThat(answer.answer())
                .startsWith("**Base salary: $138,000 to $314,000**")
                .contains("US market in 2024, in US dollars per year")
                .doesNotContain("$393,000", "$797,000", "$534,000");
    }

    @Test
    void pronounsAndEllipsisResolveAgainstTheConversation() {
        ask("f", "What does a machine learning architect earn?");
        Answer scientist = ask("f", "and the scientist?");
        Answer itsSalary = ask("g", "What does an AI Research Engineer do?");
        Answer engineerPay = ask("g", "what about its salary?");

        assertThat(scientist.roles()).containsExactly("AI Research Scientist");
        assertThat(scientist.answer()).contains("no information on **pay**");
        assertThat(itsSalary.roles()).containsExactly("AI Research Engineer");
        assertThat(engineerPay.roles()).containsExactly("AI Research Engineer");
        assertThat(engineerPay.grounded()).isFalse();
    }

    @Test
    void personalDataAndProtectedTraits() {
        Answer personal = ask(null, "What is the email address of your HR director?");
        Answer traits = ask(null, "Can a 50 year old woman become an ML architect?");

        assertThat(personal.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(personal.answer()).contains("personal data");
        assertThat(traits.grounded()).isTrue();
        assertThat(traits.answer())
                .startsWith("_Role requirements say nothing about age, gender")
                .contains("3-5 years");
    }
}
