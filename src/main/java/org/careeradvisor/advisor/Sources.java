package org.careeradvisor.advisor;

import java.util.List;
import java.util.stream.Collectors;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.Statement;

/** The {@link Source} an answer cites, made from the statements or the chunk it used. */
final class Sources {

    private Sources() {}

    private static final int EXCERPT_CHARS = 300;

    /** The source for statements of one section: their plain text as the excerpt, one statement a line. */
    static Source of(List<Statement> statements, double relevance) {
        Statement first = statements.get(0);
        String quoted = statements.stream().map(Statement::quote).distinct().collect(Collectors.joining("\n"));
        return new Source(first.roleTitle(), first.section(), first.sourceFile(), round(relevance), excerpt(quoted));
    }

    /** The source for a whole chunk a model cited. */
    static Source of(Chunk chunk, String quoted, double relevance) {
        return new Source(
                chunk.roleTitle(), chunk.headingPath(), chunk.sourceFile(), round(relevance), excerpt(quoted));
    }

    private static String excerpt(String quoted) {
        return quoted.length() <= EXCERPT_CHARS
                ? quoted
                : quoted.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
    }

    private static double round(double relevance) {
        return Math.round(relevance * 1000) / 1000.0;
    }
}
