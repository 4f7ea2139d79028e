package org.careeradvisor.advisor;

import java.util.List;

/** The text of an answer and the sources it actually used. */
public record ComposedAnswer(String markdown, List<Source> sources) {

    public ComposedAnswer {
        sources = List.copyOf(sources);
    }
}
