package org.careeradvisor.knowledge;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The smallest thing a role document states, in plain text: one sentence, one list item (with its bold label) or one
 * list's lead-in, with where it stands (role, heading path, the list and parent item it belongs to). Statements are
 * what answers quote and what the statement index searches.
 *
 * @param listId    the list this statement belongs to (items and lead-ins), null for prose
 * @param listLabel what the list is: its lead-in sentence, else the last heading above it
 * @param parent    the quote of the item this one is nested under, if any
 * @param parentId  the id of that item
 * @param position  order within the role document
 */
public record Statement(
        String id,
        String roleId,
        String roleTitle,
        List<String> headingPath,
        String sourceFile,
        Kind kind,
        String listId,
        String listLabel,
        String parent,
        String parentId,
        String label,
        String text,
        int position,
        TextSegment segment,
        List<Block.Link> links) {

    public static final String ID = "statement_id";
    private static final Pattern SAFE_DESTINATION = Pattern.compile("[^\\s()<>\\[\\]]+");
    private static final Pattern FIGURE = Pattern.compile("[$€£]\\s?\\d|\\d+(\\.\\d+)?\\s?%|\\d{2,3},\\d{3}");

    /** What a statement is. */
    public enum Kind {
        /** A sentence of a paragraph. */
        SENTENCE,
        /** A list item, top-level or nested. */
        ITEM,
        /** The sentence that introduces a list ("...including:"); quoted only with its items. */
        LEAD,
        /** A paragraph closing a section after its list, restating it ("In short, ..."). */
        CLOSING
    }

    public Statement {
        headingPath = List.copyOf(headingPath);
        links = List.copyOf(links);
    }

    static Statement of(
            RoleDocument role,
            Section section,
            Kind kind,
            String listId,
            String listLabel,
            Statement parentItem,
            String label,
            String text,
            int position,
            List<Block.Link> links) {
        String parent = parentItem == null ? null : parentItem.quote();
        String id = role.id() + "~" + position;
        String source = section.sourceFile() != null ? section.sourceFile() : role.sourceFile();
        String quote = label == null ? text : text.isEmpty() ? label : label + ": " + text;
        // The role, heading path and the list or item above lead the indexed text, so both retrievers see what the
        // statement is about: "Machine Learning Data Architect > Requirements > Technical skills > Data modeling: ...".
        StringBuilder indexed = new StringBuilder(role.title()).append(" > ").append(section.title());
        String context = parent != null ? parent : kind == Kind.ITEM ? listLabel : null;
        if (context != null
                && !context.equals(
                        section.headingPath().isEmpty()
                                ? null
                                : section.headingPath()
                                        .get(section.headingPath().size() - 1))) {
            indexed.append(" > ").append(context);
        }
        indexed.append(": ").append(quote);
        Metadata metadata = new Metadata().put(ID, id).put(Chunk.ROLE_ID, role.id());
        return new Statement(
                id,
                role.id(),
                role.title(),
                section.headingPath(),
                source,
                kind,
                listId,
                listLabel,
                parent,
                parentItem == null ? null : parentItem.id(),
                label,
                text,
                position,
                TextSegment.from(indexed.toString(), metadata),
                links.stream().filter(link -> quote.contains(link.text())).toList());
    }

    /** The heading path as sources cite it, e.g. "Requirements > Technical skills". */
    public String section() {
        return headingPath.isEmpty() ? "Overview" : String.join(" > ", headingPath);
    }

    public String topHeading() {
        return headingPath.isEmpty() ? "Overview" : headingPath.get(0);
    }

    /** The heading path under the top-level section ("Technical skills"), or null directly under it. */
    public String subheading() {
        return headingPath.size() > 1 ? String.join(" > ", headingPath.subList(1, headingPath.size())) : null;
    }

    /** The statement as a reader sees it: "Bonuses: $15,000 to $78,000". */
    public String quote() {
        return label == null ? text : text.isEmpty() ? label : label + ": " + text;
    }

    /**
     * The quote as Markdown for an answer: the document's links on the words they read, each placed once, in reading
     * order, on the plain text (never inside a link placed before it). The channels decide which hosts they link.
     */
    public String markdownQuote() {
        String plain = quote();
        StringBuilder markdown = new StringBuilder();
        int from = 0;
        for (Block.Link link : links) {
            int at = plain.indexOf(link.text(), from);
            // A destination with spaces, brackets or parentheses would end the link early: its words stay plain.
            if (at < 0 || !SAFE_DESTINATION.matcher(link.destination()).matches()) {
                continue;
            }
            markdown.append(plain, from, at)
                    .append('[')
                    .append(link.text())
                    .append("](")
                    .append(link.destination())
                    .append(')');
            from = at + link.text().length();
        }
        return markdown.append(plain.substring(from)).toString();
    }

    public boolean listItem() {
        return kind == Kind.ITEM;
    }

    public boolean figure() {
        return FIGURE.matcher(quote()).find();
    }

    /** The same statement showing other text (an item with its nested items folded in). */
    public Statement withText(String newText) {
        return new Statement(
                id,
                roleId,
                roleTitle,
                headingPath,
                sourceFile,
                kind,
                listId,
                listLabel,
                parent,
                parentId,
                label,
                newText,
                position,
                segment,
                links);
    }
}
