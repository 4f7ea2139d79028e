package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.careeradvisor.MutableClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * An instance keeps its claims on the inbox rows it is answering while it is busy: when more unanswered updates are
 * recovered than its workers can take at once, queueing them waits for room, and that wait must not stop the
 * renewals, or another instance on the same database sees the claims go stale, takes the rows over and answers them
 * a second time.
 */
class InboxRecoveryTests {

    @Test
    void claimsAreRenewedWhileRecoveredUpdatesWaitForRoomSoNoOtherInstanceTakesThemOver() throws Exception {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:inbox-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        MutableClock clock = new MutableClock(Instant.now());
        TelegramInbox dead = inbox(dataSource, clock);
        TelegramInbox busy = inbox(dataSource, clock);
        TelegramInbox other = inbox(dataSource, clock);
        LongStream.rangeClosed(1, 5).forEach(id -> dead.store(List.of(update(id))));
        clock.advance(Duration.ofSeconds(16)); // the instance that stored them died

        CountDownLatch stuck = new CountDownLatch(1);
        UpdateDispatcher dispatcher = new UpdateDispatcher(
                update -> {
                    try {
                        stuck.await(); // a slow answer: every worker and the queue stay full
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                1,
                1,
                Duration.ofSeconds(1));
        InboxRecovery recovery = new InboxRecovery(busy, dispatcher, () -> true, clock);
        recovery.start();
        try {
            Thread.sleep(2_000); // recovery takes the five over and waits for room to queue the third
            assertThat(other.takeOverStale(InboxRecovery.LEASE))
                    .as("fresh claims")
                    .isEmpty();

            clock.advance(Duration.ofSeconds(16));
            Thread.sleep(3 * InboxRecovery.TICK.toMillis()); // time for renewals

            assertThat(other.takeOverStale(InboxRecovery.LEASE))
                    .extracting(Update::getUpdateId)
                    .as("updates the busy instance holds, taken over by another one")
                    .isEmpty();
        } finally {
            stuck.countDown();
            recovery.stop();
            dispatcher.close();
        }
    }

    private static TelegramInbox inbox(DataSource dataSource, Clock clock) {
        return new TelegramInbox(
                JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock,
                new SimpleMeterRegistry());
    }

    private static Update update(long updateId) {
        Update update = new Update();
        update.setUpdateId((int) updateId);
        return update;
    }
}
