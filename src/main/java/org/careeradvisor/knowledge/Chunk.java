package org.careeradvisor.knowledge;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

/**
 * A retrievable piece of one section of a role document, with the metadata every answer cites.
 * <p>
 * The {@link TextSegment} is built once and shared by every retriever, because LangChain4j's rank fusion
 * recognises the same chunk across retrievers only by equal segment text and metadata.
 */
public record Chunk(
        String id,
        int ordinal,
        String roleId,
        String roleTitle,
        String section,
        String headingPath,
        String body,
        String sourceFile,
        TextSegment segment) {

    public static final String ID = "chunk_id";
    public static final String ROLE_ID = "role_id";
    public static final String ROLE = "role";
    public static final String SECTION = "section";
    public static final String HEADING_PATH = "heading_path";
    public static final String SOURCE = "source";

    /** @param ordinal the chunk's position in its role document, so answers can quote in reading order */
    private static String source(RoleDocument role, Section section) {
        return section.sourceFile() != null ? section.sourceFile() : role.sourceFile();
    }

    public static Chunk of(int ordinal, RoleDocument role, Section section, String body) {
        String id = role.id() + "#" + ordinal;
        // Role and heading lead the indexed text so both retrievers see what the chunk is about.
        String text = role.title() + " - " + section.title() + "\n" + body;
        Metadata metadata = new Metadata()
                .put(ID, id)
                .put(ROLE_ID, role.id())
                .put(ROLE, role.title())
                .put(SECTION, section.topHeading())
                .put(HEADING_PATH, section.title())
                .put(SOURCE, source(role, section));
        return new Chunk(
                id,
                ordinal,
                role.id(),
                role.title(),
                section.topHeading(),
                section.title(),
                body,
                source(role, section),
                TextSegment.from(text, metadata));
    }
}
