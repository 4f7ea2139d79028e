package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The smallest piece of a section an answer can quote: one list item (with its nested items folded in)
 * or one sentence of a paragraph.
 */
record AnswerUnit(Chunk chunk, int chunkOrder, int position, String label, String text, boolean listItem) {

    private static final Pattern SUB_HEADING = Pattern.compile("^#{2,6}\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"])");
    private static final List<String> ABBREVIATIONS = List.of("e.g.", "i.e.", "U.S.", "Ph.D.", "vs.", "etc.", "Dr.", "Mr.", "Ms.");

    /** Splits a chunk body into units in reading order. */
    static List<AnswerUnit> of(Chunk chunk, int chunkOrder) {
        List<AnswerUnit> units = new ArrayList<>();
        StringBuilder item = null;
        StringBuilder paragraph = new StringBuilder();
        String label = null;
        for (String line : chunk.body().split("\n")) {
            var heading = SUB_HEADING.matcher(line);
            if (heading.matches()) {
                flushParagraph(chunk, chunkOrder, label, paragraph, units);
                flushItem(chunk, chunkOrder, label, item, units);
                item = null;
                label = heading.group(1).strip();
                continue;
            }
            var match = ITEM.matcher(line);
            boolean nested = line.startsWith(" ") || line.startsWith("\t");
            if (match.matches() && !nested) {
                flushParagraph(chunk, chunkOrder, label, paragraph, units);
                flushItem(chunk, chunkOrder, label, item, units);
                item = new StringBuilder(match.group(2).strip());
            } else if (match.matches() && item != null) {
                String child = match.group(2).strip();
                item.append(item.indexOf(": ") < 0 && !endsWithPunctuation(item) ? ": " : "; ").append(child);
            } else if (line.isBlank()) {
                flushParagraph(chunk, chunkOrder, label, paragraph, units);
                flushItem(chunk, chunkOrder, label, item, units);
                item = null;
            } else if (item != null && nested) {
                item.append(' ').append(line.strip());
            } else {
                flushItem(chunk, chunkOrder, label, item, units);
                item = null;
                paragraph.append(line.strip()).append(' ');
            }
        }
        flushParagraph(chunk, chunkOrder, label, paragraph, units);
        flushItem(chunk, chunkOrder, label, item, units);
        return units;
    }

    private static boolean endsWithPunctuation(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return last == ':' || last == ';' || last == '.';
    }

    private static void flushItem(Chunk chunk, int chunkOrder, String label, StringBuilder item, List<AnswerUnit> units) {
        if (item != null && !item.isEmpty()) {
            units.add(new AnswerUnit(chunk, chunkOrder, units.size(), label, item.toString(), true));
        }
    }

    private static void flushParagraph(Chunk chunk, int chunkOrder, String label, StringBuilder paragraph, List<AnswerUnit> units) {
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        for (String sentence : sentences(text)) {
            units.add(new AnswerUnit(chunk, chunkOrder, units.size(), label, sentence, false));
        }
    }

    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : SENTENCE_END.split(paragraph)) {
            current.append(current.isEmpty() ? "" : " ").append(piece);
            String text = current.toString();
            if (ABBREVIATIONS.stream().noneMatch(text::endsWith)) {
                sentences.add(text.strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current.toString().strip());
        }
        return sentences;
    }
}
