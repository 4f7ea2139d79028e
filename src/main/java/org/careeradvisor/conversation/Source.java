package org.careeradvisor.conversation;

import org.springframework.modulith.NamedInterface;

/**
 * A section an answer was drawn from: what the channels show under an answer and what the conversation stores with
 * its turn. The conversation's "sources" named interface: the channels render it.
 *
 * @param score   dense relevance of the section to the question, in [0, 1]
 * @param excerpt the part of the section the answer used, as plain text
 */
@NamedInterface("sources")
public record Source(String role, String section, String document, double score, String excerpt) {}
