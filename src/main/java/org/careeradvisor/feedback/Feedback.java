package org.careeradvisor.feedback;

import java.time.Instant;

/** One rating of one answer, with an optional comment; a later rating of the same answer replaces it. */
public record Feedback(
        String conversationId, String messageId, Rating rating, String comment, String channel, Instant at) {}
