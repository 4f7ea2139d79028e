package org.careeradvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionChunkerTests {

    private static RoleDocument role(List<Section> sections) {
        return new RoleDocument("r", "Role", List.of(), null, null, "r.md", sections, List.of());
    }

    @Test
    void packsSubsectionsOfOneSectionButNeverMixesTwoSections() {
        RoleDocument role = role(List.of(
                new Section(List.of("Pay", "Base"), "- $1 to $2"),
                new Section(List.of("Pay", "Bonus"), "- up to 5%"),
                new Section(List.of("Skills"), "- SQL")));

        List<Chunk> chunks = new SectionChunker(1200).chunk(role);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).headingPath()).isEqualTo("Pay");
        assertThat(chunks.get(0).body()).isEqualTo("### Base\n- $1 to $2\n\n### Bonus\n- up to 5%");
        assertThat(chunks.get(1).section()).isEqualTo("Skills");
        assertThat(chunks).extracting(Chunk::ordinal).containsExactly(0, 1);
    }

    @Test
    void splitsALongSectionBetweenListItemsWithinTheLimit() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("- item ").append(i).append(" with enough words to take some room\n");
        }
        RoleDocument role = role(List.of(new Section(List.of("Duties"), body.toString())));

        List<Chunk> chunks = new SectionChunker(400).chunk(role);

        assertThat(chunks).hasSizeGreaterThan(4);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.body().length()).isLessThanOrEqualTo(400);
            assertThat(chunk.body()).startsWith("- item ");
            assertThat(chunk.section()).isEqualTo("Duties");
        });
        String rejoined = String.join("\n", chunks.stream().map(Chunk::body).toList());
        assertThat(rejoined).contains("- item 0 ", "- item 39 ");
    }

    @Test
    void aSingleSubsectionChunkCitesItsFullPath() {
        RoleDocument role = role(
                List.of(new Section(List.of("Pay", "Base"), "- $1 to $2"), new Section(List.of("Skills"), "- SQL")));

        Chunk chunk = new SectionChunker(1200).chunk(role).get(0);

        assertThat(chunk.headingPath()).isEqualTo("Pay > Base");
        assertThat(chunk.body()).isEqualTo("- $1 to $2");
        assertThat(chunk.segment().text()).startsWith("Role - Pay > Base\n");
    }
}
