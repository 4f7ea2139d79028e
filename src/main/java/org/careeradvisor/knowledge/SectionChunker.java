package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts role documents into section-aware chunks. A chunk never spans two top-level sections; the subsections
 * of one section are packed together (each under its own sub-heading line) up to the size limit, and a
 * subsection that is too long on its own is split between paragraphs or list items, never inside one.
 */
public class SectionChunker {

    private final int maxChars;

    public SectionChunker(int maxChars) {
        this.maxChars = maxChars;
    }

    public List<Chunk> chunk(RoleDocument role) {
        List<Chunk> chunks = new ArrayList<>();
        List<Section> group = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (Section section : role.sections()) {
            boolean sameTop = !group.isEmpty()
                    && group.get(0).topHeading().equals(section.topHeading())
                    && java.util.Objects.equals(group.get(0).sourceFile(), section.sourceFile());
            for (String piece : split(section)) {
                String text = subHeading(section)
                        .map(heading -> "### " + heading + "\n" + piece)
                        .orElse(piece);
                if (!group.isEmpty() && (!sameTop || body.length() + text.length() + 2 > maxChars)) {
                    chunks.add(chunkOf(role, group, body, chunks.size()));
                    group.clear();
                    body.setLength(0);
                }
                group.add(section);
                body.append(body.isEmpty() ? "" : "\n\n").append(text);
                sameTop = true;
            }
        }
        if (!group.isEmpty()) {
            chunks.add(chunkOf(role, group, body, chunks.size()));
        }
        return chunks;
    }

    /** A chunk of a single subsection cites it by its full path; one packing several cites the top section. */
    private static Chunk chunkOf(RoleDocument role, List<Section> group, StringBuilder body, int index) {
        Section first = group.get(0);
        boolean single = group.stream().map(Section::title).distinct().count() == 1;
        Section cited = single ? first : new Section(List.of(first.topHeading()), "", first.sourceFile(), List.of());
        String text = body.toString();
        if (single && first.headingPath().size() > 1) {
            text = text.replaceFirst("^### [^\n]*\n", "");
        }
        return Chunk.of(index, role, cited, text);
    }

    private static java.util.Optional<String> subHeading(Section section) {
        List<String> path = section.headingPath();
        return path.size() > 1
                ? java.util.Optional.of(String.join(" > ", path.subList(1, path.size())))
                : java.util.Optional.empty();
    }

    /** The section's body, or its blocks packed into pieces under the limit when it is too long. */
    private List<String> split(Section section) {
        if (section.body().length() <= maxChars) {
            return List.of(section.body());
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Block block : section.blocks()) {
            for (String part : parts(block)) {
                if (current.length() > 0 && current.length() + part.length() + 1 > maxChars) {
                    pieces.add(current.toString().strip());
                    current.setLength(0);
                }
                current.append(part).append('\n');
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString().strip());
        }
        return pieces;
    }

    /** A paragraph whole; a list item by item (each with its nested items), the lead-in with the first item. */
    private static List<String> parts(Block block) {
        if (!(block instanceof Block.ItemList list) || list.items().isEmpty()) {
            return List.of(block.markdown());
        }
        List<String> parts =
                new ArrayList<>(list.items().stream().map(Block.Item::markdown).toList());
        if (list.lead() != null) {
            parts.set(0, list.lead() + "\n\n" + parts.get(0));
        }
        return parts;
    }
}
