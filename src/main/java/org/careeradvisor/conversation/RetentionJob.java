package org.careeradvisor.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Erases conversations inactive for longer than the retention period (with their messages and feedback) and
 * Telegram inbox rows (updates taken) older than 48 hours, once an hour. Telegram itself keeps an update at most 24
 * hours, so an update older than that is never delivered again and its row no longer guards against a second answer.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final Duration UPDATE_IDS_KEPT = Duration.ofHours(48);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;

    public RetentionJob(JdbcClient jdbc, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void scheduled() {
        purge(Instant.now());
    }

    /** @return the number of conversations erased */
    @Transactional
    public int purge(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(Duration.ofDays(properties.days())));
        String stale = "select id from conversations where last_active_at < ?";
        jdbc.sql("delete from feedback where conversation_id in (" + stale + ")").param(cutoff).update();
        jdbc.sql("delete from messages where conversation_id in (" + stale + ")").param(cutoff).update();
        int conversations = jdbc.sql("delete from conversations where last_active_at < ?").param(cutoff).update();
        int updates = jdbc.sql("delete from telegram_inbox where received_at < ?").param(Timestamp.from(now.minus(UPDATE_IDS_KEPT))).update();
        if (conversations + updates > 0) {
            log.info("Retention: erased {} conversations older than {} days and {} Telegram updates", conversations,
                    properties.days(), updates);
        }
        return conversations;
    }
}
