package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.conversation.Source;

/**
 * The text of an answer and the sources it actually used; {@code grounded} is false when the documents turned out
 * not to answer the question and the text says so.
 */
public record ComposedAnswer(String markdown, List<Source> sources, boolean grounded) {

    public ComposedAnswer {
        sources = List.copyOf(sources);
    }

    public ComposedAnswer(String markdown, List<Source> sources) {
        this(markdown, sources, true);
    }

    /** An honest "the documents do not say": no sources, not grounded. */
    public static ComposedAnswer notAnswered(String markdown) {
        return new ComposedAnswer(markdown, List.of(), false);
    }
}
