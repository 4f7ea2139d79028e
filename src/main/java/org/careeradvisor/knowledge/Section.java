package org.careeradvisor.knowledge;

import java.util.List;

/**
 * One titled part of a role document: its heading path (top-level section first), its body as written, the typed
 * blocks parsed from that body and, when the role was assembled from several files, the file it came from (null
 * means the role's own file).
 */
public record Section(List<String> headingPath, String body, String sourceFile, List<Block> blocks) {

    public Section {
        headingPath = List.copyOf(headingPath);
        body = body == null ? "" : body.strip();
        blocks = blocks == null ? MarkdownStructure.blocks(body) : List.copyOf(blocks);
    }

    public Section(List<String> headingPath, String body) {
        this(headingPath, body, null, null);
    }

    public Section withSource(String file) {
        return new Section(headingPath, body, file, blocks);
    }

    /** The top-level section this part belongs to, e.g. "Salary Ranges (US Market, 2024)". */
    public String topHeading() {
        return headingPath.isEmpty() ? "Overview" : headingPath.get(0);
    }

    /** The full heading path as a reader sees it, e.g. "Requirements > Technical skills". */
    public String title() {
        return headingPath.isEmpty() ? "Overview" : String.join(" > ", headingPath);
    }
}
