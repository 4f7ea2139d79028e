package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleMatcherTests {

    private final RoleMatcher matcher = new RoleMatcher(
            new KnowledgeLoader(KnowledgeProperties.defaults()).load().roles(), SharedIndex.vocabulary());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What does a Machine Learning Data Architect earn?    | machine-learning-data-architect
            machin lerning architek salary                       | machine-learning-data-architect
            how do I become an AI/ML architect                    | machine-learning-data-architect
            ML architects in demand?                              | machine-learning-data-architect
            what does a data architect earn                       | machine-learning-data-architect
            VP of AI Quality Engineering duties                   | ai-quality-engineering-vp
            what does the reserch scientst do                     | ai-research-scientist
            tell me about the scientist                           | ai-research-scientist
            ai research manger qualifications                     | ai-research-manager
            growth outlook for Machine Learning Engineers?        | machine-learning-data-architect
            what does an ML research engineer do                  | ai-research-engineer
            """)
    void findsARoleByTitleAliasTypoOrDistinctiveWord(String question, String roleId) {
        assertThat(matcher.find(question))
                .extracting(mention -> mention.role().id())
                .containsExactly(roleId);
    }

    @Test
    void findsTwoRolesInTheOrderNamed() {
        assertThat(matcher.find("Compare AI Research Scientist and AI Research Engineer"))
                .extracting(mention -> mention.role().id())
                .containsExactly("ai-research-scientist", "ai-research-engineer");
    }

    @Test
    void aJobTitleThatMatchesNoRoleIsReportedAsUnknown() {
        assertThat(matcher.find("What does a pastry chef earn?")).isEmpty();
        assertThat(matcher.unknownRole("What does a pastry chef earn?")).contains("pastry chef");
        assertThat(matcher.find("How much does a software engineer make?")).isEmpty();
        assertThat(matcher.unknownRole("How much does a software engineer make?"))
                .contains("software engineer");
        assertThat(matcher.unknownRole("What does an ML architect earn?")).isEmpty();
    }

    @Test
    void noRoleInAQuestionWithoutOne() {
        assertThat(matcher.find("What's the weather in Paris?")).isEqualTo(List.of());
    }

    @Test
    void theVerbOfARoleNameIsNoTypoForIt() {
        assertThat(matcher.find("director of test automation, manages 40 people. which role fits her?"))
                .isEmpty();
        assertThat(matcher.find("she managed a QA team. what fits her?")).isEmpty();
    }
}
