package org.careeradvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careeradvisor.TestDatabases;
import org.careeradvisor.channel.telegram.TelegramChats;
import org.careeradvisor.channel.telegram.TelegramInbox;
import org.careeradvisor.feedback.Feedback;
import org.careeradvisor.feedback.JdbcFeedbackStore;
import org.careeradvisor.feedback.Rating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The database stores on H2 and, where configured, on a real PostgreSQL server. */
class JdbcStoresTests {

    static List<TestDatabases.Database> databases() {
        return TestDatabases.all();
    }

    private static JdbcConversationMemory memory(TestDatabases.Database db) {
        return new JdbcConversationMemory(
                JdbcClient.create(db.dataSource()),
                db.transactions(),
                new ConversationProperties(3, ConversationProperties.defaults().maxConversations()));
    }

    private static TelegramInbox inbox(javax.sql.DataSource dataSource, java.time.Clock clock) {
        return new TelegramInbox(
                JdbcClient.create(dataSource),
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)),
                clock,
                new SimpleMeterRegistry());
    }

    private static List<Update> update(long updateId) {
        Update update = new Update();
        update.setUpdateId((int) updateId);
        return List.of(update);
    }

    private static Turn turn(String id, String answer, String intent) {
        return new Turn(
                id,
                "ignored",
                answer,
                List.of("machine-learning-data-architect"),
                "salary",
                true,
                Instant.now(),
                intent,
                List.of(new Source(
                        "Machine Learning Data Architect",
                        "Salary Ranges (US Market, 2024)",
                        "roles/x.md",
                        0.93,
                        "Average: $393,000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void questionsAreWrittenAheadAndTurnsPairQuestionsWithAnswers(TestDatabases.Database db) {
        JdbcConversationMemory memory = memory(db);
        String id = "c-" + UUID.randomUUID();
        String q1 = "q1-" + id;
        String a1 = "a1-" + id;

        memory.questionReceived(id, "web", q1, "What does an ML architect earn?");
        assertThat(memory.exists(id, "web")).isTrue();
        assertThat(memory.recent(id)).isEmpty();
        assertThat(memory.messages(id, "web"))
                .extracting(StoredMessage::text)
                .containsExactly("What does an ML architect earn?");

        memory.append(id, turn(a1, "The average is $393,000.", "salary"));
        memory.questionReceived(id, "web", "q2-" + id, "a crash happens before this one is answered");
        memory.questionReceived(id, "web", "q3-" + id, "and what degree?");
        memory.append(id, turn("a3-" + id, "A Bachelor's degree.", "question"));

        List<Turn> turns = memory.recent(id);
        assertThat(turns)
                .extracting(Turn::question)
                .containsExactly("What does an ML architect earn?", "and what degree?");
        assertThat(turns.get(0).roleIds()).containsExactly("machine-learning-data-architect");
        assertThat(turns.get(0).topicId()).isEqualTo("salary");
        assertThat(turns.get(0).sources()).extracting(Source::excerpt).containsExactly("Average: $393,000");
        assertThat(memory.messages(id, "web"))
                .extracting(StoredMessage::author)
                .containsExactly(
                        StoredMessage.Author.USER,
                        StoredMessage.Author.BOT,
                        StoredMessage.Author.USER,
                        StoredMessage.Author.USER,
                        StoredMessage.Author.BOT);
        assertThat(memory.hasAnswer(id, "web", a1)).isTrue();
        assertThat(memory.hasAnswer(id, "web", q1)).isFalse();
        assertThat(memory.hasAnswer("other", "web", a1)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aConversationBelongsToItsChannelAndNoOtherChannelCanReadRateExtendOrEraseIt(TestDatabases.Database db) {
        JdbcConversationMemory memory = memory(db);
        String id = "tg-" + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        memory.questionReceived(id, "telegram", "q-" + id, "a private question");
        memory.append(id, turn("a-" + id, "an answer", "question"));

        assertThat(memory.channelOf(id)).contains("telegram");
        assertThat(memory.exists(id, "web")).isFalse();
        assertThat(memory.messages(id, "web")).isEmpty();
        assertThat(memory.hasAnswer(id, "web", "a-" + id)).isFalse();
        assertThat(memory.forget(id, "web")).isFalse();
        assertThatThrownBy(() -> memory.questionReceived(id, "web", "q2-" + id, "written into her history"))
                .isInstanceOf(ForeignConversationException.class);
        assertThat(memory.messages(id, "telegram"))
                .extracting(StoredMessage::text)
                .containsExactly("a private question", "an answer");
        assertThat(memory.hasAnswer(id, "telegram", "a-" + id)).isTrue();
        assertThat(memory.forget(id, "telegram")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAnswerToAConversationErasedWhileItWasComposedDoesNotBringTheConversationBack(TestDatabases.Database db) {
        JdbcConversationMemory memory = memory(db);
        String id = "erased-" + UUID.randomUUID();
        memory.questionReceived(id, "web", "q-" + id, "a question");
        assertThat(memory.forget(id, "web")).isTrue();

        memory.append(id, turn("a-" + id, "the answer, composed meanwhile", "question"));

        assertThat(memory.exists(id, "web")).isFalse();
        assertThat(memory.channelOf(id)).isEmpty();
        assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(db.dataSource())
                        .sql("select count(*) from messages where conversation_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void recentKeepsTheLastTurnsOnly(TestDatabases.Database db) {
        JdbcConversationMemory memory = memory(db);
        String id = "c-" + UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            memory.questionReceived(id, "web", "q" + i + id, "question " + i);
            memory.append(id, turn("a" + i + id, "answer " + i, "question"));
        }

        assertThat(memory.recent(id))
                .extracting(Turn::question)
                .containsExactly("question 3", "question 4", "question 5");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void feedbackIsOneRowPerAnswerEvenUnderConcurrencyAndForgettingErasesIt(TestDatabases.Database db)
            throws Exception {
        JdbcConversationMemory memory = memory(db);
        JdbcFeedbackStore feedback = new JdbcFeedbackStore(JdbcClient.create(db.dataSource()), db.transactions());
        String id = "c-" + UUID.randomUUID();
        String answer = "a-" + UUID.randomUUID();
        memory.questionReceived(id, "web", "q-" + answer, "question");
        memory.append(id, turn(answer, "answer", "question"));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Void>> ratings = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Rating rating = i % 2 == 0 ? Rating.UP : Rating.DOWN;
            ratings.add(() -> {
                feedback.save(new Feedback(id, answer, rating, "comment", "web", Instant.now()));
                return null;
            });
        }
        for (Future<Void> result : pool.invokeAll(ratings)) {
            result.get();
        }
        pool.shutdown();

        long rows = JdbcClient.create(db.dataSource())
                .sql("select count(*) from feedback where message_id = ?")
                .param(answer)
                .query(Long.class)
                .single();
        assertThat(rows).isEqualTo(1);
        feedback.save(new Feedback(id, answer, Rating.DOWN, "final", "telegram", Instant.now()));
        assertThat(feedback.find(answer)).hasValueSatisfying(stored -> {
            assertThat(stored.rating()).isEqualTo(Rating.DOWN);
            assertThat(stored.comment()).isEqualTo("final");
        });

        assertThat(memory.forget(id, "web")).isTrue();
        assertThat(memory.exists(id, "web")).isFalse();
        assertThat(memory.messages(id, "web")).isEmpty();
        assertThat(feedback.find(answer)).isEmpty();
        assertThat(memory.forget(id, "web")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTelegramUpdateIsStoredOnceAndBlockedChatsAreRemembered(TestDatabases.Database db) {
        TelegramInbox updates = inbox(db.dataSource(), java.time.Clock.systemUTC());
        TelegramChats chats = new TelegramChats(JdbcClient.create(db.dataSource()));
        long updateId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        long chatId = updateId + 7;

        assertThat(updates.store(update(updateId))).hasSize(1);
        assertThat(updates.store(update(updateId))).isEmpty();
        assertThat(chats.isBlocked(chatId)).isFalse();
        chats.setBlocked(chatId, true);
        assertThat(chats.isBlocked(chatId)).isTrue();
        chats.setBlocked(chatId, false);
        assertThat(chats.isBlocked(chatId)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unansweredUpdatesAreTakenOverOnlyFromAnInstanceThatStoppedRenewingItsClaims(TestDatabases.Database db) {
        org.careeradvisor.MutableClock clock = new org.careeradvisor.MutableClock(Instant.now());
        TelegramInbox alive = inbox(db.dataSource(), clock);
        TelegramInbox dead = inbox(db.dataSource(), clock);
        TelegramInbox starting = inbox(db.dataSource(), clock);
        long base = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
        alive.store(update(base));
        dead.store(update(base + 1));
        dead.store(update(base + 2));
        dead.answered(base + 2);

        // On start, both claims are fresh: nothing is taken yet, each is watched for renewal. (Other tests' rows on a
        // shared database may be taken: only this test's are looked at.)
        assertThat(starting.takeOverStale(Duration.ofSeconds(15)))
                .extracting(u -> (long) u.getUpdateId())
                .doesNotContain(base, base + 1, base + 2);
        var watched = new java.util.HashMap<>(starting.claimedByOthers());
        watched.keySet().retainAll(List.of(base, base + 1, base + 2));
        assertThat(watched).containsKeys(base, base + 1).doesNotContainKey(base + 2);
        clock.advance(Duration.ofSeconds(2));
        alive.renew();
        assertThat(starting.takeOverUnrenewed(watched))
                .extracting(u -> (long) u.getUpdateId())
                .as("only the update of the instance that stopped renewing, not the answered one")
                .containsExactly(base + 1);

        // A running instance takes over claims left unrenewed for the whole lease, and nothing twice.
        clock.advance(Duration.ofSeconds(16));
        assertThat(dead.takeOverStale(Duration.ofSeconds(15)))
                .extracting(u -> (long) u.getUpdateId())
                .contains(base, base + 1);
        assertThat(starting.takeOverStale(Duration.ofSeconds(15)))
                .extracting(u -> (long) u.getUpdateId())
                .doesNotContain(base, base + 1);
        dead.release(base);
        assertThat(alive.takeOverStale(Duration.ofSeconds(15)))
                .extracting(u -> (long) u.getUpdateId())
                .as("a released update is taken at once")
                .contains(base);
    }

    @org.junit.jupiter.api.Test
    void updateIdsTakenBeforeTheInboxExistedStillCountAsAnsweredAfterTheMigration() {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:h2:mem:v1-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into telegram_updates (update_id, received_at) values (?, ?)")
                .params(777L, java.sql.Timestamp.from(Instant.now()))
                .update();

        org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        TelegramInbox inbox = inbox(dataSource, java.time.Clock.systemUTC());
        assertThat(inbox.store(update(777)))
                .as("an update answered before the upgrade is not answered again")
                .isEmpty();
        assertThat(inbox.takeOverStale(Duration.ofSeconds(15)))
                .as("nor taken as unanswered")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void instancesRacingForTheSameUpdateLetExactlyOneWin(TestDatabases.Database db) throws Exception {
        // Two "instances": separate connection pools on one database, many threads each, one redelivered update.
        TelegramInbox first = inbox(db.dataSource(), java.time.Clock.systemUTC());
        TelegramInbox second = inbox(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(db.url(), db.user(), db.password()),
                java.time.Clock.systemUTC());
        long updateId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            TelegramInbox instance = i % 2 == 0 ? first : second;
            claims.add(() -> !instance.store(update(updateId)).isEmpty());
        }
        long winners = 0;
        for (Future<Boolean> claim : pool.invokeAll(claims)) {
            winners += claim.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void retentionErasesOldConversationsAndUpdateIds(TestDatabases.Database db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        JdbcConversationMemory memory = memory(db);
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        memory.questionReceived(old, "web", "q-" + old, "old question");
        memory.questionReceived(fresh, "web", "q-" + fresh, "new question");
        jdbc.sql("update conversations set last_active_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(91))), old)
                .update();
        long updateId = Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        inbox(
                        db.dataSource(),
                        java.time.Clock.fixed(Instant.now().minus(Duration.ofHours(49)), java.time.ZoneOffset.UTC))
                .store(update(updateId));

        TelegramInbox telegram = inbox(db.dataSource(), java.time.Clock.systemUTC());
        int erased = new RetentionJob(
                        jdbc,
                        new RetentionProperties(90),
                        event -> telegram.conversationsExpired((ConversationsExpired) event))
                .purge(Instant.now());

        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(memory.exists(old, "web")).isFalse();
        assertThat(memory.messages(old, "web")).isEmpty();
        assertThat(memory.exists(fresh, "web")).isTrue();
        assertThat(inbox(db.dataSource(), java.time.Clock.systemUTC()).store(update(updateId)))
                .as("purged id can be stored again")
                .hasSize(1);
    }
}
