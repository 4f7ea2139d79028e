package org.careeradvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextRoleParserTests {

    /** Shaped like a scraped careers page: logo and image lines, bullet glyphs, flattened Markdown, repeats. */
    private static final String SCRAPED_PAGE = """
            logoCareerSite

            Cloud Security Analyst

            header image

            Overview

            A Cloud Security Analyst watches over cloud workloads and answers alerts before they become incidents.

            Key Duties

              • Triage alerts: sort real threats from noise every shift.
              • Harden accounts: apply least-privilege policies.
                 ◦ Review access quarterly

            Pay

              1. Base: $98,000 to $131,000
              2. Bonus: up to 12%

            Related Roles

            Cloud Security Engineer

            Cloud Security Engineer

            The engineer builds the controls the analyst monitors. ### Skills - Networking - Scripting
            """;

    private final PlainTextRoleParser parser = new PlainTextRoleParser();

    @Test
    void recoversTitleSectionsAndBulletsFromAMessyPage() {
        RoleDocument role = parser.parse(SCRAPED_PAGE, "scraped/cloud.txt");

        assertThat(role.title()).isEqualTo("Cloud Security Analyst");
        assertThat(role.sectionTitles()).containsExactly("Overview", "Key Duties", "Pay", "Cloud Security Engineer");
        assertThat(role.sections()).extracting(Section::title).contains("Cloud Security Engineer > Skills");
        assertThat(role.sections().stream()
                        .filter(section -> section.title().endsWith("Skills"))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .isEqualTo("- Networking\n- Scripting");
        assertThat(role.sectionTitles()).doesNotContain("header image", "logoCareerSite");
        Section duties = role.sections().stream()
                .filter(section -> section.title().equals("Key Duties"))
                .findFirst()
                .orElseThrow();
        assertThat(duties.body())
                .contains("- Triage alerts: sort real threats from noise every shift.")
                .contains("  - Review access quarterly");
        Section pay = role.sections().stream()
                .filter(section -> section.title().equals("Pay"))
                .findFirst()
                .orElseThrow();
        assertThat(pay.body()).contains("- Base: $98,000 to $131,000").contains("- Bonus: up to 12%");
    }

    @Test
    void repeatedLinesAreKeptOnce() {
        String markdown = parser.toMarkdown(SCRAPED_PAGE);

        assertThat(markdown.split("Cloud Security Engineer", -1)).hasSize(2);
    }
}
