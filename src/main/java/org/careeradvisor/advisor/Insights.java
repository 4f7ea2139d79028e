package org.careeradvisor.advisor;

import java.util.List;

/**
 * What HR learns from the conversations of a period: what was answered, what could not be (and, per role, what its
 * document does not cover), and what users disliked. Composed by the admin package through {@link Administration}.
 */
public record Insights(
        int days,
        List<Answered> answered,
        List<Unanswered> unanswered,
        List<KnowledgeGap> knowledgeGaps,
        List<Disliked> disliked) {

    /** Answers per role and intent. */
    public record Answered(String role, String intent, long count) {}

    /** A question the documents could not answer, and how often it was asked. */
    public record Unanswered(String question, long count) {}

    /**
     * A question about a role whose document does not cover what was asked (remote work, visas): a section to write.
     */
    public record KnowledgeGap(String role, String question, long count) {}

    /** An answer rated 👎, with the question, the comment and when. */
    public record Disliked(
            String question, String answerExcerpt, String comment, String channel, java.time.Instant at) {}
}
