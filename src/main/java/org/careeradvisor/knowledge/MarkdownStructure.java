package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where Markdown structure is read: commonmark parses a document body into headings and blocks, and this class turns
 * them into {@link Section}s with typed {@link Block}s (and each block's own Markdown, for chunking). Plain text
 * (scraped pages, Tika's output) is first rewritten as Markdown by {@link PlainTextRoleParser} and read here too.
 */
final class MarkdownStructure {

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownStructure() {}

    /** A parsed body: the first level-1 heading (the document's title, if any) and the sections under it. */
    record Parsed(String title, List<Section> sections) {}

    static Parsed parse(String body) {
        String[] lines = body.split("\n", -1);
        Node document = PARSER.parse(body);
        String title = null;
        List<Section> sections = new ArrayList<>();
        List<String> path = new ArrayList<>();
        List<Node> content = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Heading heading)) {
                content.add(node);
                continue;
            }
            String text = plain(heading);
            if (heading.getLevel() == 1 && title == null) {
                title = text;
                flush(sections, path, content, lines);
                continue;
            }
            flush(sections, path, content, lines);
            // Level 2 is a top-level section: the document's own title (level 1) is not part of the path.
            int depth = Math.max(0, heading.getLevel() - 2);
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(text.isEmpty() ? "Untitled" : text);
        }
        flush(sections, path, content, lines);
        return new Parsed(title, sections);
    }

    /** The blocks of a section body on its own (no headings expected). */
    static List<Block> blocks(String body) {
        String[] lines = body.split("\n", -1);
        List<Node> nodes = new ArrayList<>();
        for (Node node = PARSER.parse(body).getFirstChild(); node != null; node = node.getNext()) {
            nodes.add(node);
        }
        return blocks(nodes, lines);
    }

    private static void flush(List<Section> sections, List<String> path, List<Node> content, String[] lines) {
        if (content.isEmpty()) {
            return;
        }
        String markdown = String.join(
                        "\n", content.stream().map(node -> source(node, lines)).toList())
                .strip();
        List<Block> blocks = blocks(content, lines);
        content.clear();
        if (!markdown.isEmpty()) {
            sections.add(new Section(path, markdown, null, blocks));
        }
    }

    private static List<Block> blocks(List<Node> nodes, String[] lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof ListBlock list) {
                blocks.add(new Block.ItemList(null, items(list, lines), source(node, lines)));
            } else if (node instanceof Paragraph || node instanceof Heading) {
                String text = plain(node);
                boolean leadIn = text.endsWith(":") && i + 1 < nodes.size() && nodes.get(i + 1) instanceof ListBlock;
                if (leadIn) {
                    ListBlock list = (ListBlock) nodes.get(++i);
                    blocks.add(new Block.ItemList(
                            text, items(list, lines), source(node, lines) + "\n\n" + source(list, lines)));
                } else if (!text.isEmpty()) {
                    blocks.add(new Block.Prose(Sentences.split(text), source(node, lines), links(node)));
                }
            } else {
                String text = plain(node);
                if (!text.isEmpty()) {
                    blocks.add(new Block.Prose(Sentences.split(text), source(node, lines), links(node)));
                }
            }
        }
        return blocks;
    }

    private static List<Block.Item> items(ListBlock list, String[] lines) {
        List<Block.Item> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(item(item, lines));
            }
        }
        return items;
    }

    private static Block.Item item(ListItem item, String[] lines) {
        String label = null;
        StringBuilder text = new StringBuilder();
        List<Block.Item> children = new ArrayList<>();
        for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof ListBlock nested) {
                children.addAll(items(nested, lines));
                continue;
            }
            if (label == null && text.isEmpty() && part instanceof Paragraph paragraph) {
                Labelled labelled = labelled(paragraph);
                label = labelled.label();
                text.append(labelled.text());
                continue;
            }
            String more = plain(part);
            if (!more.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(more);
            }
        }
        List<Block.Link> links = new ArrayList<>();
        for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof ListBlock)) {
                links.addAll(links(part));
            }
        }
        return new Block.Item(label, text.toString().strip(), children, source(item, lines), links);
    }

    private record Labelled(String label, String text) {}

    /** "**Data Management**: makes sure..." and "**Data Management:** makes sure..." both give a label. */
    private static Labelled labelled(Paragraph paragraph) {
        String whole = plain(paragraph);
        if (paragraph.getFirstChild() instanceof StrongEmphasis strong) {
            String label = plain(strong);
            String rest =
                    whole.substring(Math.min(whole.length(), label.length())).strip();
            if (label.endsWith(":")) {
                return new Labelled(label.substring(0, label.length() - 1).strip(), rest);
            }
            if (rest.startsWith(":")
                    || rest.startsWith("-")
                    || rest.startsWith("\u2013")
                    || rest.startsWith("\u2014")) {
                return new Labelled(label, rest.substring(1).strip());
            }
        }
        return new Labelled(null, whole);
    }

    /** The links inside a node, with the words they read. */
    private static List<Block.Link> links(Node node) {
        List<Block.Link> links = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String text = plain(link);
                if (!text.isEmpty()
                        && link.getDestination() != null
                        && !link.getDestination().isBlank()) {
                    links.add(new Block.Link(text, link.getDestination()));
                }
            }
        });
        return links;
    }

    /** A node's text without markup: emphasis markers dropped, code and link text kept, line breaks as spaces. */
    static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral());
            }

            // Markup an author typed stays their text: channels show it escaped, never as HTML.
            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String source(Node node, String[] lines) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return plain(node);
        }
        int first = spans.get(0).getLineIndex();
        int last = spans.get(spans.size() - 1).getLineIndex();
        StringBuilder out = new StringBuilder();
        for (int line = first; line <= last && line < lines.length; line++) {
            out.append(lines[line]).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
