package org.careeradvisor.channel.telegram;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Telegram update ids already taken, shared by every instance through the database: the unique key decides which
 * instance answers a redelivered update. Ids are purged after 48 hours by the retention job.
 */
public class ProcessedUpdates {

    private final JdbcClient jdbc;

    public ProcessedUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true for the first claim of this update id, false when it was already claimed (by any instance) */
    public boolean claim(long updateId, Instant receivedAt) {
        try {
            jdbc.sql("insert into telegram_updates (update_id, received_at) values (?, ?)")
                    .params(updateId, Timestamp.from(receivedAt)).update();
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }
}
