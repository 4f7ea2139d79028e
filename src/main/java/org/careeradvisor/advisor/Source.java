package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Chunk;

/**
 * A section an answer was drawn from.
 *
 * @param score   dense relevance of the section to the question, in [0, 1]
 * @param excerpt the part of the section the answer used
 */
public record Source(String role, String section, String document, double score, String excerpt) {

    private static final int EXCERPT_CHARS = 300;

    /** The source for a chunk: the quoted text cut to a short excerpt, the relevance rounded to three decimals. */
    public static Source of(Chunk chunk, String quoted, double relevance) {
        String excerpt = quoted.length() <= EXCERPT_CHARS ? quoted : quoted.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
        return new Source(chunk.roleTitle(), chunk.headingPath(), chunk.sourceFile(), Math.round(relevance * 1000) / 1000.0, excerpt);
    }
}
