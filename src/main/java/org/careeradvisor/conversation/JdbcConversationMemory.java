package org.careeradvisor.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the database (H2 by default, PostgreSQL when configured): survives restarts and is shared by
 * every instance. Each message is one row, written as it happens: the question before it is answered, the answer
 * right after.
 */
public class JdbcConversationMemory implements ConversationMemory {

    private static final TypeReference<List<Source>> CITED = new TypeReference<>() {};
    private static final int MAX_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int maxTurns;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdbcConversationMemory(
            JdbcClient jdbc, TransactionTemplate transactions, ConversationProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.maxTurns = properties.maxTurns();
    }

    @Override
    public void questionReceived(String conversationId, String channel, String questionId, String question) {
        insertMessage(
                conversationId, channel, questionId, "user", question, null, null, null, null, null, Instant.now());
    }

    @Override
    public void append(String conversationId, Turn turn) {
        insertMessage(
                conversationId,
                null,
                turn.messageId(),
                "bot",
                turn.answer(),
                turn.intent(),
                turn.grounded(),
                String.join(",", turn.roleIds()),
                turn.topicId(),
                json.writeValueAsString(turn.sources()),
                turn.at());
    }

    /** Inserts the message with the next sequence number, retrying when another writer took that number. */
    private void insertMessage(
            String conversationId,
            String channel,
            String id,
            String author,
            String text,
            String intent,
            Boolean grounded,
            String roles,
            String topic,
            String sources,
            Instant at) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (!touch(conversationId, channel, at)) {
                        return;
                    }
                    long seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from messages where conversation_id = ?")
                            .param(conversationId)
                            .query(Long.class)
                            .single();
                    jdbc.sql("""
                            insert into messages (id, conversation_id, seq, author, text, intent, grounded, roles, topic, sources, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(
                                    id,
                                    conversationId,
                                    seq,
                                    author,
                                    text,
                                    intent,
                                    grounded,
                                    roles,
                                    topic,
                                    sources,
                                    Timestamp.from(at))
                            .update();
                });
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Marks the conversation active, starting it on the channel when it is new. A question (channel given) is never
     * added to another channel's conversation; an answer (channel null) follows its question, and one whose
     * conversation was erased meanwhile lands in a conversation no channel owns, which retention removes.
     */
    /**
     * Marks the conversation active, creating it for its first question; false when an answer's conversation is gone
     * (erased while the answer was composed), so that the answer does not bring it back.
     */
    private boolean touch(String conversationId, String channel, Instant at) {
        int updated = channel == null
                ? jdbc.sql("update conversations set last_active_at = ? where id = ?")
                        .params(Timestamp.from(at), conversationId)
                        .update()
                : jdbc.sql("update conversations set last_active_at = ? where id = ? and channel = ?")
                        .params(Timestamp.from(at), conversationId, channel)
                        .update();
        if (updated > 0) {
            return true;
        }
        if (channel == null) {
            return false;
        }
        if (channelOf(conversationId).isPresent()) {
            throw new ForeignConversationException();
        }
        jdbc.sql("insert into conversations (id, channel, created_at, last_active_at) values (?, ?, ?, ?)")
                .params(conversationId, channel, Timestamp.from(at), Timestamp.from(at))
                .update();
        return true;
    }

    @Override
    public List<Turn> recent(String conversationId) {
        List<Row> rows = new ArrayList<>(jdbc
                .sql("select * from messages where conversation_id = ? order by seq desc")
                .param(conversationId)
                .query(this::row)
                .list()
                .stream()
                .limit(maxTurns * 2L + 1)
                .toList());
        Collections.reverse(rows);
        List<Turn> turns = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Row question = rows.get(i - 1);
            Row answer = rows.get(i);
            if (question.author().equals("user") && answer.author().equals("bot")) {
                turns.add(new Turn(
                        answer.id(),
                        question.text(),
                        answer.text(),
                        answer.roles(),
                        answer.topic(),
                        Boolean.TRUE.equals(answer.grounded()),
                        answer.at(),
                        answer.intent(),
                        answer.sources()));
            }
        }
        return turns.subList(Math.max(0, turns.size() - maxTurns), turns.size());
    }

    @Override
    public Optional<String> channelOf(String conversationId) {
        return jdbc.sql("select channel from conversations where id = ?")
                .param(conversationId)
                .query(String.class)
                .optional();
    }

    @Override
    public List<StoredMessage> messages(String conversationId, String channel) {
        return jdbc.sql("""
                        select m.* from messages m join conversations c on c.id = m.conversation_id
                        where m.conversation_id = ? and c.channel = ? order by m.seq""").params(conversationId, channel).query(this::row).list().stream()
                .map(row -> new StoredMessage(
                        row.id(),
                        row.author().equals("user") ? StoredMessage.Author.USER : StoredMessage.Author.BOT,
                        row.text(),
                        row.intent(),
                        row.grounded(),
                        row.sources(),
                        row.at()))
                .toList();
    }

    @Override
    public boolean hasAnswer(String conversationId, String channel, String messageId) {
        return jdbc.sql("""
                        select count(*) from messages m join conversations c on c.id = m.conversation_id
                        where m.id = ? and m.conversation_id = ? and m.author = 'bot' and c.channel = ?""")
                        .params(messageId, conversationId, channel)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean forget(String conversationId, String channel) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!exists(conversationId, channel)) {
                return false;
            }
            // Deleting the messages deletes their feedback too (feedback.message_id cascades).
            jdbc.sql("delete from messages where conversation_id = ?")
                    .param(conversationId)
                    .update();
            return jdbc.sql("delete from conversations where id = ?")
                            .param(conversationId)
                            .update()
                    > 0;
        }));
    }

    private Row row(ResultSet rs, int rowNumber) throws SQLException {
        String roles = rs.getString("roles");
        String sources = rs.getString("sources");
        boolean groundedValue = rs.getBoolean("grounded");
        Boolean grounded = rs.wasNull() ? null : groundedValue;
        return new Row(
                rs.getString("id"),
                rs.getString("author"),
                rs.getString("text"),
                rs.getString("intent"),
                grounded,
                roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")),
                rs.getString("topic"),
                sources == null ? List.of() : json.readValue(sources, CITED),
                rs.getTimestamp("created_at").toInstant());
    }

    private record Row(
            String id,
            String author,
            String text,
            String intent,
            Boolean grounded,
            List<String> roles,
            String topic,
            List<Source> sources,
            Instant at) {}
}
