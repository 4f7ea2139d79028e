package org.careeradvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRoleParserTests {

    private final MarkdownRoleParser parser = new MarkdownRoleParser();

    @Test
    void readsFrontMatterAndSectionsWithHeadingPaths() {
        String text = """
                ---
                title: Data Steward
                aliases: [Data Custodian, "Information Steward"]
                summary: Keeps data definitions straight.
                aspirations:
                  - own the definitions of a company's data
                  - "keep quality rules straight: checks, owners, fixes"
                updated: 2026-01-02
                ---
                # Data Steward

                Opening words about the role.

                ## Pay

                ### Base
                - $90,000 to $120,000

                ### Bonus
                - Up to 10%

                ## Career Path
                Start as an analyst.
                """;

        RoleDocument role = parser.parse(text, "roles/steward.md");

        assertThat(role.id()).isEqualTo("data-steward");
        assertThat(role.title()).isEqualTo("Data Steward");
        assertThat(role.aliases()).containsExactly("Data Custodian", "Information Steward");
        assertThat(role.summary()).isEqualTo("Keeps data definitions straight.");
        assertThat(role.aspirations())
                .containsExactly(
                        "own the definitions of a company's data",
                        "keep quality rules straight: checks, owners, fixes");
        assertThat(role.updated()).isEqualTo("2026-01-02");
        assertThat(role.sections())
                .extracting(Section::title)
                .containsExactly("Overview", "Pay > Base", "Pay > Bonus", "Career Path");
        assertThat(role.sections().get(1).body()).isEqualTo("- $90,000 to $120,000");
        assertThat(role.sectionTitles()).containsExactly("Overview", "Pay", "Career Path");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingNamesTheRoleAndHeadingsInCodeAreText() {
        String text = """
                # Platform Engineer

                ## Tools
                ```
                # not a heading
                ```
                """;

        RoleDocument role = parser.parse(text, "platform.md");

        assertThat(role.title()).isEqualTo("Platform Engineer");
        assertThat(role.sections()).hasSize(1);
        assertThat(role.sections().get(0).body()).contains("# not a heading");
        assertThat(role.aliases()).isEqualTo(List.of());
    }

    @Test
    void frontMatterThatIsNotAMappingIsRejected() {
        assertThatThrownBy(() -> parser.parse("---\n- just\n- a list\n---\n# Role\ntext", "bad.md"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("front matter");
    }
}
