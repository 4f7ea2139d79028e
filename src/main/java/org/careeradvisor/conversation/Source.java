package org.careeradvisor.conversation;

import org.springframework.modulith.NamedInterface;

/**
 * A section an answer was drawn from: what the channels show under an answer and what the conversation stores with
 * its turn. Part of the conversation's "messages" named interface: what the channels show of a conversation.
 *
 * @param score   dense relevance of the section to the question, in [0, 1]
 * @param excerpt the part of the section the answer used, as plain text
 */
@NamedInterface("messages")
public record Source(String role, String section, String document, double score, String excerpt) {}
