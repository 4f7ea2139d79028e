package org.careeradvisor.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where feedback is kept. The default keeps it in memory; a database-backed store can replace it, and every
 * channel (web, Telegram) records through this interface.
 */
public interface FeedbackStore {

    /** Stores the feedback, replacing an earlier rating of the same message. */
    void save(Feedback feedback);

    Optional<Feedback> find(String messageId);

    List<Feedback> all();

    /** The answers rated 👎 since the cutoff, the latest first. */
    List<Feedback> dislikedSince(Instant cutoff);
}
