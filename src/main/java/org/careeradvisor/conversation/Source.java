package org.careeradvisor.conversation;

import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.Statement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A section an answer was drawn from: what the channels show under an answer and what the conversation stores with
 * its turn.
 *
 * @param score   dense relevance of the section to the question, in [0, 1]
 * @param excerpt the part of the section the answer used, as plain text
 */
public record Source(String role, String section, String document, double score, String excerpt) {

    private static final int EXCERPT_CHARS = 300;

    /** The source for statements of one section: their plain text as the excerpt, one statement a line. */
    public static Source of(List<Statement> statements, double relevance) {
        Statement first = statements.get(0);
        String quoted = statements.stream().map(Statement::quote).distinct().collect(Collectors.joining("\n"));
        return new Source(first.roleTitle(), first.section(), first.sourceFile(), round(relevance), excerpt(quoted));
    }

    /** The source for a whole chunk a model cited. */
    public static Source of(Chunk chunk, String quoted, double relevance) {
        return new Source(chunk.roleTitle(), chunk.headingPath(), chunk.sourceFile(), round(relevance), excerpt(quoted));
    }

    private static String excerpt(String quoted) {
        return quoted.length() <= EXCERPT_CHARS ? quoted : quoted.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
    }

    private static double round(double relevance) {
        return Math.round(relevance * 1000) / 1000.0;
    }
}
