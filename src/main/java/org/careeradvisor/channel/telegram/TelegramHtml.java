package org.careeradvisor.channel.telegram;

import org.careeradvisor.channel.LinkPolicy;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders the advisor's Markdown as the HTML subset Telegram accepts (b, i, code, pre, a, blockquote), parsed with
 * commonmark rather than regular expressions. Every {@code <}, {@code >} and {@code &} of the text is escaped, raw
 * HTML in the source is shown as text, images become their description, and only the links the {@link LinkPolicy}
 * allows (http, https and mailto to the configured hosts) are kept as links; any other shows as its text.
 */
final class TelegramHtml {

    private static final Parser PARSER = Parser.builder().build();

    private TelegramHtml() {}

    public static String render(String markdown, LinkPolicy links) {
        StringBuilder out = new StringBuilder();
        PARSER.parse(markdown == null ? "" : markdown).accept(new Renderer(out, links));
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final class Renderer extends AbstractVisitor {
        private final StringBuilder out;
        private final LinkPolicy links;

        Renderer(StringBuilder out, LinkPolicy links) {
            this.out = out;
            this.links = links;
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            boolean inTightList = paragraph.getParent() instanceof ListItem;
            out.append(inTightList ? "\n" : "\n\n");
        }

        @Override
        public void visit(Heading heading) {
            wrap("b", heading);
            out.append("\n\n");
        }

        @Override
        public void visit(BulletList list) {
            items(list, number -> "• ");
        }

        @Override
        public void visit(OrderedList list) {
            int start = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            items(list, index -> (start + index) + ". ");
        }

        private void items(Node list, java.util.function.IntFunction<String> marker) {
            int index = 0;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                out.append(marker.apply(index++));
                visitChildren(item);
            }
            out.append('\n');
        }

        @Override
        public void visit(StrongEmphasis strong) {
            wrap("b", strong);
        }

        @Override
        public void visit(Emphasis emphasis) {
            wrap("i", emphasis);
        }

        private void wrap(String tag, Node node) {
            out.append('<').append(tag).append('>');
            visitChildren(node);
            out.append("</").append(tag).append('>');
        }

        @Override
        public void visit(Code code) {
            out.append("<code>").append(escape(code.getLiteral())).append("</code>");
        }

        @Override
        public void visit(FencedCodeBlock block) {
            out.append("<pre>")
                    .append(escape(block.getLiteral().stripTrailing()))
                    .append("</pre>\n\n");
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            out.append("<pre>")
                    .append(escape(block.getLiteral().stripTrailing()))
                    .append("</pre>\n\n");
        }

        @Override
        public void visit(BlockQuote quote) {
            out.append("<blockquote>");
            int start = out.length();
            visitChildren(quote);
            trimTrailingNewlines(start);
            out.append("</blockquote>\n\n");
        }

        @Override
        public void visit(Link link) {
            String destination =
                    link.getDestination() == null ? "" : link.getDestination().strip();
            if (links.allows(destination)) {
                out.append("<a href=\"")
                        .append(escape(destination).replace("\"", "&quot;"))
                        .append("\">");
                visitChildren(link);
                out.append("</a>");
            } else {
                visitChildren(link);
            }
        }

        @Override
        public void visit(Image image) {
            // Images are never sent: their description stands in, as text.
            visitChildren(image);
        }

        @Override
        public void visit(Text text) {
            out.append(escape(text.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(escape(html.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(escape(html.getLiteral())).append("\n\n");
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(ThematicBreak rule) {
            out.append("——————\n\n");
        }

        private void trimTrailingNewlines(int start) {
            while (out.length() > start && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
        }
    }
}
