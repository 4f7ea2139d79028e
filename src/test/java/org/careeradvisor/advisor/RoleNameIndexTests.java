package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role matching over a catalogue of a thousand roles (the five shipped ones and 995 with names of their own, many
 * sharing words with the shipped ones: "Logistics AI Research Scientist"): the same roles are found as among the five,
 * typos and aliases included, and a message is matched in full only against the few roles it could name.
 */
class RoleNameIndexTests {

    private static final List<String> FIELDS = List.of(
            "Logistics",
            "Retail",
            "Healthcare",
            "Banking",
            "Insurance",
            "Energy",
            "Telecom",
            "Automotive",
            "Aerospace",
            "Agriculture",
            "Pharma",
            "Gaming",
            "Media",
            "Travel",
            "Hospitality",
            "Manufacturing",
            "Mining",
            "Shipping",
            "Railway",
            "Fashion");
    private static final List<String> QUALIFIERS = List.of(
            "",
            "Applied ",
            "Cloud ",
            "Edge ",
            "Quantum ",
            "Responsible ",
            "Federated ",
            "Embedded ",
            "Realtime ",
            "Generative ");

    private final List<RoleDocument> shipped =
            new KnowledgeLoader(KnowledgeProperties.defaults()).load().roles();
    private final List<RoleDocument> thousand = thousand(shipped);
    private final RoleMatcher five = new RoleMatcher(shipped, SharedIndex.vocabulary());
    private final RoleMatcher matcher = new RoleMatcher(thousand, SharedIndex.vocabulary());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What does a Machine Learning Data Architect earn?    | machine-learning-data-architect
            machin lerning architek salary                       | machine-learning-data-architect
            how do I become an AI/ML architect                    | machine-learning-data-architect
            VP of AI Quality Engineering duties                   | ai-quality-engineering-vp
            ai research manger qualifications                     | ai-research-manager
            what does a logistcs ai research scientist do         | logistics-ai-research-scientist
            Cloud Retail ML Research Scientist salary             | cloud-retail-ai-research-scientist
            what does a quasar cartographer earn                  | quasar-cartographer
            tell me about the cartograper                         | quasar-cartographer
            """)
    void findsARoleByTitleAliasTypoOrDistinctiveWordAmongAThousand(String question, String roleId) {
        assertThat(thousand).hasSize(1000);
        assertThat(matcher.find(question))
                .extracting(mention -> mention.role().id())
                .containsExactly(roleId);
    }

    /**
     * (Not "the data architect" alone: among a thousand roles, 200 of them architects, "architect" no longer names
     * one role on its own, as it does among five.)
     */
    @Test
    void theShippedRolesAreFoundAmongAThousandExactlyAsAmongFive() {
        List<String> questions = List.of(
                "Compare AI Research Scientist and AI Research Engineer",
                "what does the reserch scientst do",
                "ML architects in demand?",
                "How much does a software engineer make?",
                "What's the weather in Paris?",
                "research eng vs ml arch: which pays more",
                "AI research manager or AI research scientist?");
        for (String question : questions) {
            assertThat(ids(matcher.find(question))).as(question).isEqualTo(ids(five.find(question)));
        }
    }

    @Test
    void aMessageIsMatchedInFullOnlyAgainstTheRolesItCouldName() {
        RoleNameIndex index = index(thousand);
        // "Machine Learning Data Architect" is a word of 200 names, but every word of a name must be there.
        assertThat(index.candidates(RoleMatcher.tokens("What does a machine learning data architect earn in the US?"))
                        .cardinality())
                .isLessThanOrEqualTo(2);
        assertThat(index.candidates(RoleMatcher.tokens("How is the weather in Paris today?"))
                        .cardinality())
                .isZero();
        assertThat(index.tokensFor("architek")).contains("architect");
        assertThat(index.tokensFor("eng")).contains("engineer", "engineering");
        assertThat(index.tokensFor("architecture")).contains("architect");
    }

    private RoleNameIndex index(List<RoleDocument> roles) {
        List<List<List<String>>> names = roles.stream()
                .map(role -> role.names().stream().map(RoleMatcher::tokens).toList())
                .toList();
        return new RoleNameIndex(names, java.util.Map.of());
    }

    private static List<String> ids(List<RoleMatcher.RoleMention> mentions) {
        return mentions.stream().map(mention -> mention.role().id()).toList();
    }

    /** The shipped roles, a "Quasar Cartographer" and generated roles up to a thousand. */
    private static List<RoleDocument> thousand(List<RoleDocument> shipped) {
        List<RoleDocument> roles = new ArrayList<>(shipped);
        Section section = new Section(List.of("Overview"), "Does the work.");
        roles.add(new RoleDocument(
                "quasar-cartographer",
                "Quasar Cartographer",
                List.of("Quasar Cartographer"),
                null,
                null,
                "quasar.md",
                List.of(section),
                List.of()));
        for (int n = 0; roles.size() < 1000; n++) {
            RoleDocument base = shipped.get(n % shipped.size());
            String prefix =
                    QUALIFIERS.get(n / shipped.size() / FIELDS.size()) + FIELDS.get(n / shipped.size() % FIELDS.size());
            String title = prefix + " " + base.title();
            List<String> aliases = new ArrayList<>(List.of(title));
            base.aliases().stream()
                    .filter(alias -> !alias.equals(base.title()))
                    .forEach(alias -> aliases.add(prefix + " " + alias));
            roles.add(new RoleDocument(
                    RoleDocument.idOf(title), title, aliases, null, null, title + ".md", List.of(section), List.of()));
        }
        return roles;
    }
}
