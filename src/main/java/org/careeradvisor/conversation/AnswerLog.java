package org.careeradvisor.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The advisor's stored answers, each with the question it answered, as other packages read them (HR insights). */
public class AnswerLog {

    private static final int IDS_PER_QUERY = 500;

    private final JdbcClient jdbc;

    public AnswerLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One answer and what it was about.
     *
     * @param question the message it answered; null when there is none (the question was erased)
     * @param roles    the role ids it was about, comma-separated, empty or null when none
     * @param grounded null when not recorded
     */
    public record Answered(String question, String roles, String intent, Boolean grounded) {}

    /** An answer with the question it answered, the question null when there is none. */
    public record Exchange(String question, String answer) {}

    /** Every answer given since the cutoff, without its text. */
    public List<Answered> since(Instant cutoff) {
        return jdbc.sql("""
                        select q.text as question, a.roles, a.intent, a.grounded from messages a
                        left join messages q on q.conversation_id = a.conversation_id and q.seq = a.seq - 1
                        where a.author = 'bot' and a.created_at >= ?""")
                .param(Timestamp.from(cutoff))
                .query((rs, row) -> new Answered(
                        rs.getString("question"),
                        rs.getString("roles"),
                        rs.getString("intent"),
                        rs.getObject("grounded") == null ? null : rs.getBoolean("grounded")))
                .list();
    }

    /** The answers with these message ids and their questions, by id; ids of no answer are left out. */
    public Map<String, Exchange> exchanges(Collection<String> answerIds) {
        Map<String, Exchange> exchanges = new LinkedHashMap<>();
        List<String> ids = List.copyOf(answerIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.sql("""
                            select a.id, q.text as question, a.text as answer from messages a
                            left join messages q on q.conversation_id = a.conversation_id and q.seq = a.seq - 1
                            where a.author = 'bot' and a.id in (:ids)""")
                    .param("ids", batch)
                    .query((rs, row) -> Map.entry(
                            rs.getString("id"), new Exchange(rs.getString("question"), rs.getString("answer"))))
                    .list()
                    .forEach(entry -> exchanges.put(entry.getKey(), entry.getValue()));
        }
        return exchanges;
    }
}
