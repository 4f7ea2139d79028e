package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.channel.LinkPolicy;
import org.junit.jupiter.api.Test;

/** Markdown to Telegram HTML and the splitting of long answers, including adversarial text. */
class TelegramHtmlTests {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");
    private static final LinkPolicy LINKS = LinkPolicy.allowing("example.org");

    private static String render(String markdown) {
        return TelegramHtml.render(markdown, LINKS);
    }

    @Test
    void onlyLinksToAllowedHostsStayLinksAndEveryOtherShowsAsItsText() {
        String html = render(
                "[guide](https://docs.example.org/a) [mail](mailto:hr@example.org) [prize](https://evil.example.net/win) "
                        + "[lookalike](https://example.org.evil.example.net/) [trick](https://example.org@evil.example.net/) "
                        + "[bot](tg://resolve?domain=evil) [plain](http://example.org)");

        assertThat(html)
                .contains(
                        "<a href=\"https://docs.example.org/a\">guide</a>",
                        "<a href=\"mailto:hr@example.org\">mail</a>",
                        "<a href=\"http://example.org\">plain</a>",
                        "prize",
                        "lookalike",
                        "trick",
                        "bot")
                .doesNotContain("evil.example.net", "tg://");
        assertThat(TelegramHtml.render("[guide](https://example.org/a)", LinkPolicy.none()))
                .isEqualTo("guide");
    }

    @Test
    void rendersTheAdvisorsMarkdownAsTelegramHtml() {
        String html = render("""
                Here is what the documents say about the **pay** of the *ML architect* role:

                **Annual total compensation**
                - Average: $393,000
                - Range: `$234,000` to $797,000

                1. Start in data analysis
                2. Build 3-5 years of experience

                See [the guide](https://example.org/a?b=1&c=2).""");

        assertThat(html).isEqualTo("""
                Here is what the documents say about the <b>pay</b> of the <i>ML architect</i> role:

                <b>Annual total compensation</b>

                • Average: $393,000
                • Range: <code>$234,000</code> to $797,000

                1. Start in data analysis
                2. Build 3-5 years of experience

                See <a href="https://example.org/a?b=1&amp;c=2">the guide</a>.""");
    }

    @Test
    void escapesEverythingOutsideTheAllowedTagsAndDropsUnsafeLinksAndImages() {
        String html = render("<script>alert(1)</script> a < b && c > d <b>not bold</b>\n\n"
                + "[click](javascript:alert(1)) ![tracker](http://example.invalid/p.png) **unbalanced");

        assertThat(html)
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "a &lt; b &amp;&amp; c &gt; d",
                        "&lt;b&gt;not bold&lt;/b&gt;")
                .contains("click", "tracker", "**unbalanced")
                .doesNotContain("<script", "javascript:", "example.invalid", "<img");
        assertBalanced(html);
    }

    @Test
    void longAnswersAreSplitAtParagraphsWithinTheLimitAndEveryPartIsWellFormed() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; markdown.length() < 9000; i++) {
            markdown.append("**Section ")
                    .append(i)
                    .append("** has a *long* paragraph about ML architects 👩‍💻 earning $393,000 & more.\n\n");
        }
        String html = render(markdown.toString());

        List<String> parts = MessageSplitter.split(html, MessageSplitter.TELEGRAM_LIMIT);

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        parts.forEach(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
            assertBalanced(part);
            assertThat(part).doesNotStartWith("\n").doesNotEndWith("\n");
            assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
        });
        assertThat(String.join("\n\n", parts).replaceAll("\\s+", " ")).isEqualTo(html.replaceAll("\\s+", " "));
    }

    @Test
    void aSingleHugeBoldLineIsCutWithItsTagsClosedAndReopened() {
        String html = "<b>" + "word ".repeat(2000) + "</b>";

        List<String> parts = MessageSplitter.split(html, 4096);

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(4096);
            assertThat(part).startsWith("<b>").endsWith("</b>");
            assertBalanced(part);
        });
    }

    @Test
    void aLineOfEmojiWithNowhereToBreakIsCutBetweenCharactersNeverInsideOne() {
        String html = render("😀🚀𝔘".repeat(1500));

        List<String> parts = MessageSplitter.split(html, 4096);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(4096);
            assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1)))
                    .isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void entitiesAreNeverCut() {
        String html = "&amp;".repeat(2000);

        List<String> parts = MessageSplitter.split(html, 4096);

        assertThat(parts)
                .allSatisfy(part -> assertThat(part.replace("&amp;", "")).isEmpty());
    }

    private static void assertBalanced(String html) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        Matcher matcher = TAG.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).isEmpty()) {
                open.push(matcher.group(2));
            } else {
                assertThat(open).as("closing %s in %s", matcher.group(2), html).isNotEmpty();
                assertThat(open.pop()).isEqualTo(matcher.group(2));
            }
        }
        assertThat(open).as("unclosed tags").isEmpty();
    }
}
