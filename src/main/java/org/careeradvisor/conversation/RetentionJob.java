package org.careeradvisor.conversation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases conversations inactive for longer than the retention period, with their messages, once an hour, and then
 * announces {@link ConversationsExpired} so that other packages purge their own rows: feedback goes with its message
 * through the schema's cascade, and the Telegram channel drops its old inbox rows on hearing the event.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final ApplicationEventPublisher events;

    public RetentionJob(JdbcClient jdbc, RetentionProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void scheduled() {
        purge(Instant.now());
    }

    /** @return the number of conversations erased */
    @Transactional
    public int purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(properties.days()));
        // Deleting the messages deletes their feedback too (feedback.message_id cascades).
        jdbc.sql("""
                        delete from messages where conversation_id in
                        (select id from conversations where last_active_at < ?)""").param(Timestamp.from(cutoff)).update();
        int conversations = jdbc.sql("delete from conversations where last_active_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
        if (conversations > 0) {
            log.info("Retention: erased {} conversations older than {} days", conversations, properties.days());
        }
        events.publishEvent(new ConversationsExpired(now, cutoff, conversations));
        return conversations;
    }
}
