package org.careeradvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role documents parsed once into sections, blocks and statements, whatever the format they came in. */
class DocumentModelTests {

    private static final String PROFILE = """
            ---
            title: Data Steward
            aliases: [Data Custodian]
            ---
            # Data Steward

            The Data Steward keeps definitions straight, e.g. what a customer is. A Ph.D. is not needed. It is a calm job.

            ## Requirements

            ### Technical skills

            1. Database management
               - SQL, NoSQL and data warehousing solutions
               - Cloud platforms: AWS, Azure, Google Cloud
            2. **Data modeling**: tools such as ER/Studio

            ## Market Demand

            Employers across many sectors hire stewards, including:

            - Healthcare
            - Finance

            In short, demand is broad.

            ## Pay

            - Average: $93,000
            - Level of experience
            """;

    private final RoleDocument role = new MarkdownRoleParser().parse(PROFILE, "roles/steward.md");
    private final List<Statement> statements = Statements.of(role);

    private Statement statement(String quote) {
        return statements.stream()
                .filter(statement -> statement.quote().equals(quote))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement '" + quote + "' in "
                        + statements.stream().map(Statement::quote).toList()));
    }

    @Test
    void paragraphsBecomeSentencesSplitOnceAndAbbreviationsDoNotEndThem() {
        assertThat(statements.stream()
                        .filter(statement -> statement.section().equals("Overview"))
                        .map(Statement::text))
                .containsExactly(
                        "The Data Steward keeps definitions straight, e.g. what a customer is.",
                        "A Ph.D. is not needed.",
                        "It is a calm job.");
        assertThat(Sentences.split("Skills such as Python, e.g. pandas. Then more."))
                .containsExactly("Skills such as Python, e.g. pandas.", "Then more.");
    }

    @Test
    void boldLabelsAreKeptAsTheItemsLabelAndExcerptsAreMarkupFree() {
        Statement modeling = statement("Data modeling: tools such as ER/Studio");

        assertThat(modeling.label()).isEqualTo("Data modeling");
        assertThat(modeling.text()).isEqualTo("tools such as ER/Studio");
        assertThat(statements)
                .allSatisfy(statement -> assertThat(statement.quote()).doesNotContain("**", " | "));
    }

    @Test
    void nestedItemsStayUnderTheirParentAndCarryItInTheIndexedText() {
        Statement cloud = statement("Cloud platforms: AWS, Azure, Google Cloud");

        assertThat(cloud.kind()).isEqualTo(Statement.Kind.ITEM);
        assertThat(cloud.parent()).isEqualTo("Database management");
        assertThat(cloud.listId()).isEqualTo(statement("Database management").listId());
        assertThat(cloud.headingPath()).containsExactly("Requirements", "Technical skills");
        assertThat(cloud.segment().text())
                .isEqualTo(
                        "Data Steward > Requirements > Technical skills > Database management: Cloud platforms: AWS, Azure, Google Cloud");
    }

    @Test
    void aLeadInBelongsToItsListAndAClosingSummaryIsMarked() {
        Statement lead = statement("Employers across many sectors hire stewards, including:");

        assertThat(lead.kind()).isEqualTo(Statement.Kind.LEAD);
        assertThat(statement("Healthcare").listId()).isEqualTo(lead.listId());
        assertThat(statement("Healthcare").listLabel()).isEqualTo(lead.text());
        assertThat(statement("In short, demand is broad.").kind()).isEqualTo(Statement.Kind.CLOSING);
    }

    @Test
    void itemsNestedThreeDeepKnowTheirParentsAndLinksLandOnTheWordsTheyRead() {
        RoleDocument deep = new MarkdownRoleParser().parse("""
                # C++ Dev.

                ## Skills

                - Languages
                  - C++
                    - Templates and constexpr
                - See the [style guide](https://example.org/guide) and the [style guide](https://example.org/other) first
                """, "dev.md");
        List<Statement> found = Statements.of(deep);
        Statement cpp = found.stream()
                .filter(statement -> statement.quote().equals("C++"))
                .findFirst()
                .orElseThrow();
        Statement templates = found.stream()
                .filter(statement -> statement.quote().equals("Templates and constexpr"))
                .findFirst()
                .orElseThrow();
        Statement guide = found.stream()
                .filter(statement -> statement.quote().startsWith("See the"))
                .findFirst()
                .orElseThrow();

        assertThat(templates.parentId()).isEqualTo(cpp.id());
        assertThat(cpp.parent()).isEqualTo("Languages");
        assertThat(guide.quote()).isEqualTo("See the style guide and the style guide first");
        assertThat(guide.markdownQuote())
                .isEqualTo(
                        "See the [style guide](https://example.org/guide) and the [style guide](https://example.org/other) first");
        KnowledgeBase knowledge = new KnowledgeBase(
                List.of(deep), List.of(), found, 1, List.of(), java.util.Map.of(), java.time.Instant.now());
        assertThat(knowledge.withoutNames(deep.id(), "what does a C++ Dev. need?"))
                .isEqualTo("what does a need?");
    }

    @Test
    void figureLinesAreFiguresAndOtherItemsAreNot() {
        assertThat(statement("Average: $93,000").figure()).isTrue();
        assertThat(statement("Level of experience").figure()).isFalse();
    }

    @Test
    void theShippedProfileIndexesEachStatementWithItsRoleHeadingsAndParentItem() {
        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.defaults()).load();

        assertThat(knowledge.statements())
                .extracting(statement -> statement.segment().text())
                .contains("Machine Learning Data Architect > Requirements > Technical skills > Data modeling: "
                        + "Data modeling techniques and tools, for example ER/Studio and Lucidchart");
        assertThat(knowledge.statements("machine-learning-data-architect"))
                .filteredOn(statement -> statement.listItem()
                        && statement.section().equals("Industry Trends")
                        && statement.parent() == null)
                .hasSize(9);
    }

    @Test
    void aScrapedPageNestsIndentedBulletsSplitsAClosingLineRunIntoAnItemAndNamesTheRoleAsThePageDoes() {
        String page = """
                Data Steward

                Overview

                A Data Steward, also known as an Information/Data Custodian, keeps definitions straight.

                Essential Skills

                  1. Technical Proficiency:
                    • SQL and data warehousing
                    • Cloud platforms
                  2. Soft Skills:
                    • Communication In summary, a Data Steward joins skills and care.
                """;

        RoleDocument scraped = new PlainTextRoleParser().parse(page, "steward.txt");
        List<Statement> found = Statements.of(scraped);

        assertThat(found)
                .filteredOn(statement -> statement.quote().equals("SQL and data warehousing"))
                .singleElement()
                .satisfies(statement -> assertThat(statement.parent()).isEqualTo("Technical Proficiency:"));
        assertThat(found)
                .extracting(Statement::quote)
                .contains("Communication")
                .anyMatch(quote -> quote.startsWith("In summary, a Data Steward"));
        assertThat(scraped.aliases()).contains("Information/Data Custodian", "Data Custodian", "Information Custodian");
    }
}
