package org.careeradvisor.channel.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.careeradvisor.conversation.ConversationsExpired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Every Telegram update taken, in the database, written before Telegram is told it arrived: an update is answered
 * even when the process dies between taking it and answering it, and an update seen again (a redelivery after a
 * restart, a webhook retry, the same update at two instances) is stored, and so answered, once. Each row is claimed by
 * the instance that stored it, which renews its claim while it works; the rows of an instance that died are taken over
 * by the next one that starts or notices. Rows are purged after 48 hours, each time conversation retention runs.
 */
public class TelegramInbox {

    private static final Logger log = LoggerFactory.getLogger(TelegramInbox.class);
    private static final int MAX_ATTEMPTS = 5;
    /**
     * Telegram keeps an update at most 24 hours, so an update older than that is never delivered again and its row no
     * longer guards against a second answer.
     */
    static final Duration KEPT = Duration.ofHours(48);
    /** The payload column's length (V2 migration). */
    private static final int MAX_PAYLOAD = 1_000_000;
    /** telegrambots' types are annotated for Jackson 2. */
    private static final ObjectMapper UPDATES = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final String instance = UUID.randomUUID().toString();

    public TelegramInbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Retention ran: the rows of updates received more than {@link #KEPT} before it are erased. */
    @EventListener
    public void conversationsExpired(ConversationsExpired retention) {
        int purged = jdbc.sql("delete from telegram_inbox where received_at < ?")
                .param(Timestamp.from(retention.now().minus(KEPT)))
                .update();
        if (purged > 0) {
            log.info("Retention: erased {} Telegram updates", purged);
        }
    }

    /**
     * Stores the updates not stored before, in one transaction, claimed by this instance; throws if the database
     * cannot take them (then nothing may confirm them to Telegram).
     *
     * @return the updates stored now, in the order given: this instance's to answer; the others were seen before
     */
    public List<Update> store(List<Update> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                List<Update> stored = transactions.execute(status -> insertNew(updates));
                if (stored.size() < updates.size()) {
                    metrics.counter("advisor.telegram.duplicates").increment(updates.size() - stored.size());
                    log.info("{} Telegram updates seen before were dropped", updates.size() - stored.size());
                }
                return stored;
            } catch (DuplicateKeyException anotherInstanceStoredOne) {
                // Stored by another instance since we looked: look again.
                if (attempt == MAX_ATTEMPTS) {
                    throw anotherInstanceStoredOne;
                }
            }
        }
    }

    private List<Update> insertNew(List<Update> updates) {
        String ids = updates.stream()
                .map(update -> String.valueOf(update.getUpdateId()))
                .collect(Collectors.joining(","));
        Set<Long> seen = new HashSet<>(jdbc.sql("select update_id from telegram_inbox where update_id in (" + ids + ")")
                .query(Long.class)
                .list());
        Timestamp now = now();
        List<Update> stored = new ArrayList<>();
        for (Update update : updates) {
            long id = update.getUpdateId();
            if (!seen.add(id)) {
                continue;
            }
            jdbc.sql("""
                    insert into telegram_inbox (update_id, chat_id, payload, received_at, claimed_by, claimed_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, UpdateDispatcher.chatOf(update), payload(update), now, instance, now)
                    .update();
            stored.add(update);
        }
        return stored;
    }

    /** The update has been answered (or needs no answer): it is never answered again. */
    public void answered(long updateId) {
        jdbc.sql("update telegram_inbox set answered_at = ? where update_id = ?")
                .params(now(), updateId)
                .update();
    }

    /** Gives up this instance's claim (it could not queue the update): the next sweep of any instance takes it. */
    public void release(long updateId) {
        jdbc.sql(
                        "update telegram_inbox set claimed_by = null, claimed_at = null where update_id = ? and claimed_by = ?")
                .params(updateId, instance)
                .update();
    }

    /** Renews this instance's claim on the updates it has not answered yet, which shows it is still working on them. */
    public void renew() {
        jdbc.sql("update telegram_inbox set claimed_at = ? where answered_at is null and claimed_by = ?")
                .params(now(), instance)
                .update();
    }

    /**
     * Takes over unanswered updates that nobody claims, or whose claim was not renewed within {@code lease} (their
     * instance died).
     *
     * @return the updates taken over, oldest first
     */
    public List<Update> takeOverStale(Duration lease) {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(lease));
        List<Long> candidates =
                jdbc.sql("""
                        select update_id from telegram_inbox where answered_at is null
                        and (claimed_by is null or (claimed_by <> ? and claimed_at < ?)) order by update_id""").params(instance, cutoff).query(Long.class).list();
        List<Long> taken = new ArrayList<>();
        for (long id : candidates) {
            int updated =
                    jdbc.sql("""
                            update telegram_inbox set claimed_by = ?, claimed_at = ? where update_id = ? and answered_at is null
                            and (claimed_by is null or (claimed_by <> ? and claimed_at < ?))""").params(instance, now(), id, instance, cutoff).update();
            if (updated == 1) {
                taken.add(id);
            }
        }
        return load(taken);
    }

    /** Unanswered updates claimed by other instances, with the time of their claim's last renewal. */
    public Map<Long, Instant> claimedByOthers() {
        return jdbc
                .sql("select update_id, claimed_at from telegram_inbox where answered_at is null and claimed_by <> ?")
                .param(instance)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Takes over the updates whose claim has not been renewed since {@code seen}: their instance stopped renewing,
     * so it died.
     *
     * @return the updates taken over, oldest first
     */
    public List<Update> takeOverUnrenewed(Map<Long, Instant> seen) {
        List<Long> taken = new ArrayList<>();
        for (Map.Entry<Long, Instant> claim :
                seen.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            int updated = jdbc.sql("""
                            update telegram_inbox set claimed_by = ?, claimed_at = ? where update_id = ? and answered_at is null
                            and claimed_at = ?""")
                    .params(instance, now(), claim.getKey(), Timestamp.from(claim.getValue()))
                    .update();
            if (updated == 1) {
                taken.add(claim.getKey());
            }
        }
        return load(taken);
    }

    /** The stored updates, oldest first; one that cannot be read back is marked answered and left out. */
    private List<Update> load(List<Long> ids) {
        List<Update> updates = new ArrayList<>();
        for (long id : ids) {
            String payload = jdbc.sql("select payload from telegram_inbox where update_id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            try {
                Update update = UPDATES.readValue(payload, Update.class);
                update.setUpdateId((int) id);
                updates.add(update);
            } catch (JsonProcessingException | RuntimeException e) {
                log.error(
                        "Skipped stored Telegram update {}: it cannot be read back ({})",
                        id,
                        e.getClass().getSimpleName());
                answered(id);
            }
        }
        return updates;
    }

    /** The update as JSON; one that cannot be written, or is too long for the column, keeps only its id. */
    private static String payload(Update update) {
        String placeholder = "{\"update_id\":" + update.getUpdateId() + "}";
        try {
            String json = UPDATES.writeValueAsString(update);
            if (json.length() <= MAX_PAYLOAD) {
                return json;
            }
            log.warn(
                    "Telegram update {} is too long to store whole ({} characters); it is stored by id only",
                    update.getUpdateId(),
                    json.length());
        } catch (JsonProcessingException e) {
            log.warn(
                    "Telegram update {} cannot be written as JSON ({}); it is stored by id only",
                    update.getUpdateId(),
                    e.getClass().getSimpleName());
        }
        // Still answered now from memory; after a crash it would be taken as an update with nothing to answer.
        return placeholder;
    }

    /** Milliseconds, so a time read back compares equal on every database. */
    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
