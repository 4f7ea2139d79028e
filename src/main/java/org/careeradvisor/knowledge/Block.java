package org.careeradvisor.knowledge;

import java.util.List;

/**
 * One block of a section's body in the typed document model: prose split into sentences, or a list with the
 * sentence that leads into it and its items. {@code markdown} is the block as the author wrote it, for chunking.
 */
public sealed interface Block permits Block.Prose, Block.ItemList {

    String markdown();

    /** A paragraph, as plain-text sentences. */
    record Prose(List<String> sentences, String markdown, List<Link> links) implements Block {
        public Prose {
            sentences = List.copyOf(sentences);
            links = List.copyOf(links);
        }
    }

    /** A link in the text: what it reads and where it points. Plain text keeps the words; answers may link them. */
    record Link(String text, String destination) {}

    /**
     * A list and its lead-in ("Employers across many sectors look for ML Data Architects, including:"), which
     * belongs to the list and is never quoted without its items.
     */
    record ItemList(String lead, List<Item> items, String markdown) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * A list item in plain text: a bold label such as {@code **Data Management**:} kept apart from the text after
     * it, and nested items as children.
     */
    record Item(String label, String text, List<Item> children, String markdown, List<Link> links) {
        public Item {
            children = List.copyOf(children);
            links = List.copyOf(links);
        }

        /** The label and text as a reader sees them: "Data Management: makes sure data is collected...". */
        public String quote() {
            return label == null ? text : text.isEmpty() ? label : label + ": " + text;
        }
    }
}
