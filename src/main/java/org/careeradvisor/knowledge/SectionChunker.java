package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts role documents into section-aware chunks: a chunk never spans two sections, and a long section is
 * split between paragraphs or list items, never inside one.
 */
public class SectionChunker {

    private final int maxChars;

    public SectionChunker(int maxChars) {
        this.maxChars = maxChars;
    }

    public List<Chunk> chunk(RoleDocument role) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : role.sections()) {
            for (String piece : split(section.body())) {
                chunks.add(Chunk.of(role.id() + "#" + chunks.size(), role, section, piece));
            }
        }
        return chunks;
    }

    private List<String> split(String body) {
        if (body.length() <= maxChars) {
            return List.of(body);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : blocks(body)) {
            if (current.length() > 0 && current.length() + block.length() + 1 > maxChars) {
                pieces.add(current.toString().strip());
                current.setLength(0);
            }
            current.append(block).append('\n');
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString().strip());
        }
        return pieces;
    }

    /** Paragraphs and top-level list items, each with its nested lines. */
    private static List<String> blocks(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : body.split("\n")) {
            boolean startsItem = !line.startsWith(" ") && line.matches("^([-*+]|\\d{1,2}[.)])\\s.*");
            if (line.isBlank() || startsItem) {
                if (!block.toString().isBlank()) {
                    blocks.add(block.toString().stripTrailing());
                }
                block.setLength(0);
            }
            if (!line.isBlank()) {
                block.append(line).append('\n');
            }
        }
        if (!block.toString().isBlank()) {
            blocks.add(block.toString().stripTrailing());
        }
        return blocks;
    }
}
