package org.careeradvisor.feedback;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Feedback in the database: one row per rated answer, a later rating replacing the earlier one. */
public class JdbcFeedbackStore implements FeedbackStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcFeedbackStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void save(Feedback feedback) {
        try {
            transactions.executeWithoutResult(status -> upsert(feedback));
        } catch (DuplicateKeyException concurrentInsert) {
            // Another request rated the same answer at the same moment: its row exists now, so update it.
            transactions.executeWithoutResult(status -> upsert(feedback));
        }
    }

    private void upsert(Feedback feedback) {
        int updated = jdbc.sql(
                        "update feedback set rating = ?, comment = ?, channel = ?, created_at = ? where message_id = ?")
                .params(
                        feedback.rating().name(),
                        feedback.comment(),
                        feedback.channel(),
                        Timestamp.from(feedback.at()),
                        feedback.messageId())
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into feedback (message_id, conversation_id, rating, comment, channel, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            feedback.messageId(),
                            feedback.conversationId(),
                            feedback.rating().name(),
                            feedback.comment(),
                            feedback.channel(),
                            Timestamp.from(feedback.at()))
                    .update();
        }
    }

    @Override
    public Optional<Feedback> find(String messageId) {
        return jdbc.sql("select * from feedback where message_id = ?")
                .param(messageId)
                .query(JdbcFeedbackStore::row)
                .optional();
    }

    @Override
    public List<Feedback> all() {
        return jdbc.sql("select * from feedback order by created_at")
                .query(JdbcFeedbackStore::row)
                .list();
    }

    @Override
    public List<Feedback> dislikedSince(java.time.Instant cutoff) {
        return jdbc.sql("select * from feedback where rating = 'DOWN' and created_at >= ? order by created_at desc")
                .param(Timestamp.from(cutoff))
                .query(JdbcFeedbackStore::row)
                .list();
    }

    private static Feedback row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Feedback(
                rs.getString("conversation_id"),
                rs.getString("message_id"),
                Rating.valueOf(rs.getString("rating")),
                rs.getString("comment"),
                rs.getString("channel"),
                rs.getTimestamp("created_at").toInstant());
    }
}
