package org.careeradvisor.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where feedback is kept: in the database by default ({@link JdbcFeedbackStore}, the {@code feedback} table), unless
 * the application defines another store; every channel (web, Telegram) records through {@link FeedbackService}.
 */
public interface FeedbackStore {

    /** Stores the feedback, replacing an earlier rating of the same message. */
    void save(Feedback feedback);

    Optional<Feedback> find(String messageId);

    List<Feedback> all();

    /** The answers rated 👎 since the cutoff, the latest first. */
    List<Feedback> dislikedSince(Instant cutoff);
}
