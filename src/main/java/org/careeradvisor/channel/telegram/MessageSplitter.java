package org.careeradvisor.channel.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Telegram HTML into messages of at most a given length (Telegram's limit is 4,096), preferring paragraph
 * breaks, then line breaks, and never cutting inside a tag, an entity or a surrogate pair. Tags open at a cut are
 * closed at the end of one part and opened again at the start of the next, so every part is well-formed.
 */
final class MessageSplitter {

    public static final int TELEGRAM_LIMIT = 4096;
    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-z]+)([^>]*)>|&[a-z]+;|&#\\d+;|[^<&]+|[<&]");
    /** Room kept in each part for the closing tags a cut may need. */
    private static final int RESERVE = 64;

    private MessageSplitter() {}

    public static List<String> split(String html, int maxLength) {
        List<String> parts = new ArrayList<>();
        if (html.length() <= maxLength) {
            parts.add(html);
            return parts;
        }
        int budget = maxLength - RESERVE;
        Deque<String[]> open = new ArrayDeque<>();
        StringBuilder part = new StringBuilder();
        int lastParagraph = -1;
        int lastLine = -1;
        Deque<String[]> openAtParagraph = null;
        Deque<String[]> openAtLine = null;
        Matcher matcher = TOKEN.matcher(html);
        while (matcher.find()) {
            String token = matcher.group();
            if (matcher.group(2) != null) {
                // Cut (if needed) before the tag changes what is open: the tag then starts or ends in the new part.
                appendOrCut(parts, part, token, budget, open);
                if (matcher.group(1).isEmpty()) {
                    open.push(new String[] {matcher.group(2), token});
                } else if (!open.isEmpty()) {
                    open.pop();
                }
                continue;
            }
            if (token.startsWith("&")) {
                appendOrCut(parts, part, token, budget, open);
                continue;
            }
            // Plain text: copy it character by character, remembering where lines and paragraphs end.
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                int width = Character.isHighSurrogate(c) && i + 1 < token.length() ? 2 : 1;
                if (part.length() + width > budget) {
                    int cut = lastParagraph > 0 ? lastParagraph : lastLine;
                    Deque<String[]> openAtCut = lastParagraph > 0 ? openAtParagraph : openAtLine;
                    if (cut <= 0) {
                        cut = part.length();
                        openAtCut = new ArrayDeque<>(open);
                    }
                    String rest = part.substring(cut);
                    part.setLength(cut);
                    parts.add(close(part.toString(), openAtCut).strip());
                    part.setLength(0);
                    part.append(reopen(openAtCut)).append(rest.stripLeading());
                    lastParagraph = -1;
                    lastLine = -1;
                }
                part.append(token, i, i + width);
                i += width - 1;
                if (c == '\n') {
                    boolean paragraph = part.length() >= 2 && part.charAt(part.length() - 2) == '\n';
                    if (paragraph) {
                        lastParagraph = part.length();
                        openAtParagraph = new ArrayDeque<>(open);
                    }
                    lastLine = part.length();
                    openAtLine = new ArrayDeque<>(open);
                }
            }
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    private static void appendOrCut(
            List<String> parts, StringBuilder part, String token, int budget, Deque<String[]> open) {
        if (part.length() + token.length() > budget && part.length() > 0) {
            parts.add(close(part.toString(), open).strip());
            part.setLength(0);
            part.append(reopen(open));
        }
        part.append(token);
    }

    private static String close(String text, Deque<String[]> open) {
        StringBuilder closed = new StringBuilder(text);
        for (String[] tag : open) {
            closed.append("</").append(tag[0]).append('>');
        }
        return closed.toString();
    }

    private static String reopen(Deque<String[]> open) {
        StringBuilder reopened = new StringBuilder();
        var iterator = open.descendingIterator();
        while (iterator.hasNext()) {
            reopened.append(iterator.next()[1]);
        }
        return reopened.toString();
    }
}
