package org.careeradvisor.admin;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the insights for HR from the stored conversations and feedback. */
public class InsightsQuery {

    private static final int TOP = 20;

    private final JdbcClient jdbc;

    public InsightsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Insights since(int days, Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(Duration.ofDays(days)));
        Map<String, Long> answered = new LinkedHashMap<>();
        jdbc.sql("select roles, intent from messages where author = 'bot' and grounded = true and created_at >= ?").param(cutoff)
                .query((rs, row) -> new String[]{rs.getString("roles"), rs.getString("intent")}).list()
                .forEach(pair -> {
                    String roles = pair[0] == null || pair[0].isBlank() ? "(no role)" : pair[0];
                    for (String role : roles.split(",")) {
                        answered.merge(role + "|" + pair[1], 1L, Long::sum);
                    }
                });
        List<Insights.Answered> byRole = answered.entrySet().stream()
                .map(entry -> new Insights.Answered(entry.getKey().split("\\|")[0], entry.getKey().split("\\|", -1)[1], entry.getValue()))
                .sorted(Comparator.comparingLong(Insights.Answered::count).reversed()).toList();

        Map<String, Long> unanswered = new LinkedHashMap<>();
        jdbc.sql("""
                select q.text from messages a join messages q on q.conversation_id = a.conversation_id and q.seq = a.seq - 1
                where a.author = 'bot' and a.grounded = false and a.intent <> 'smalltalk' and a.created_at >= ?""")
                .param(cutoff).query(String.class).list()
                .forEach(question -> unanswered.merge(question.strip().toLowerCase(Locale.ROOT), 1L, Long::sum));
        List<Insights.Unanswered> top = unanswered.entrySet().stream()
                .map(entry -> new Insights.Unanswered(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Insights.Unanswered::count).reversed()).limit(TOP).toList();

        Map<String, Long> gaps = new LinkedHashMap<>();
        jdbc.sql("""
                select a.roles, q.text from messages a join messages q on q.conversation_id = a.conversation_id and q.seq = a.seq - 1
                where a.author = 'bot' and a.grounded = false and a.intent in ('question', 'salary') and a.roles <> ''
                and a.created_at >= ?""")
                .param(cutoff).query((rs, row) -> new String[]{rs.getString(1), rs.getString(2)}).list()
                .forEach(pair -> gaps.merge(pair[0] + "|" + pair[1].strip().toLowerCase(Locale.ROOT), 1L, Long::sum));
        List<Insights.KnowledgeGap> knowledgeGaps = gaps.entrySet().stream()
                .map(entry -> new Insights.KnowledgeGap(entry.getKey().split("\\|", 2)[0], entry.getKey().split("\\|", 2)[1],
                        entry.getValue()))
                .sorted(Comparator.comparingLong(Insights.KnowledgeGap::count).reversed()).limit(TOP).toList();

        List<Insights.Disliked> disliked = new ArrayList<>(jdbc.sql("""
                select q.text as question, a.text as answer, f.comment, f.channel, f.created_at
                from feedback f join messages a on a.id = f.message_id
                left join messages q on q.conversation_id = a.conversation_id and q.seq = a.seq - 1
                where f.rating = 'DOWN' and f.created_at >= ? order by f.created_at desc""")
                .param(cutoff).query((rs, row) -> new Insights.Disliked(rs.getString("question"), excerpt(rs.getString("answer")),
                        rs.getString("comment"), rs.getString("channel"), rs.getTimestamp("created_at").toInstant())).list());
        return new Insights(days, byRole, top, knowledgeGaps, disliked);
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
