package org.careeradvisor.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careeradvisor.advisor.Insights;
import org.careeradvisor.conversation.AnswerLog;
import org.careeradvisor.feedback.Feedback;
import org.careeradvisor.feedback.FeedbackStore;

/** Composes the insights for HR from the answers the conversations hold and the feedback on them. */
class InsightsQuery {

    private static final int TOP = 20;
    private static final Set<String> GAP_INTENTS = Set.of("question", "salary");

    private final AnswerLog answers;
    private final FeedbackStore feedback;

    InsightsQuery(AnswerLog answers, FeedbackStore feedback) {
        this.answers = answers;
        this.feedback = feedback;
    }

    Insights since(int days, Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(days));
        List<AnswerLog.Answered> given = answers.since(cutoff);
        return new Insights(days, answered(given), unanswered(given), knowledgeGaps(given), disliked(cutoff));
    }

    private static List<Insights.Answered> answered(List<AnswerLog.Answered> given) {
        Map<String, Long> answered = new LinkedHashMap<>();
        given.stream().filter(answer -> Boolean.TRUE.equals(answer.grounded())).forEach(answer -> {
            String roles = answer.roles() == null || answer.roles().isBlank() ? "(no role)" : answer.roles();
            for (String role : roles.split(",")) {
                answered.merge(role + "|" + answer.intent(), 1L, Long::sum);
            }
        });
        return answered.entrySet().stream()
                .map(entry -> new Insights.Answered(
                        entry.getKey().split("\\|")[0], entry.getKey().split("\\|", -1)[1], entry.getValue()))
                .sorted(Comparator.comparingLong(Insights.Answered::count).reversed())
                .toList();
    }

    private static List<Insights.Unanswered> unanswered(List<AnswerLog.Answered> given) {
        Map<String, Long> unanswered = new LinkedHashMap<>();
        given.stream()
                .filter(answer -> Boolean.FALSE.equals(answer.grounded()) && answer.question() != null)
                .filter(answer -> answer.intent() != null && !answer.intent().equals("smalltalk"))
                .forEach(answer -> unanswered.merge(normal(answer.question()), 1L, Long::sum));
        return unanswered.entrySet().stream()
                .map(entry -> new Insights.Unanswered(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Insights.Unanswered::count).reversed())
                .limit(TOP)
                .toList();
    }

    private static List<Insights.KnowledgeGap> knowledgeGaps(List<AnswerLog.Answered> given) {
        Map<String, Long> gaps = new LinkedHashMap<>();
        given.stream()
                .filter(answer -> Boolean.FALSE.equals(answer.grounded()) && answer.question() != null)
                .filter(answer -> GAP_INTENTS.contains(answer.intent()))
                .filter(answer -> answer.roles() != null && !answer.roles().isEmpty())
                .forEach(answer -> gaps.merge(answer.roles() + "|" + normal(answer.question()), 1L, Long::sum));
        return gaps.entrySet().stream()
                .map(entry -> new Insights.KnowledgeGap(
                        entry.getKey().split("\\|", 2)[0], entry.getKey().split("\\|", 2)[1], entry.getValue()))
                .sorted(Comparator.comparingLong(Insights.KnowledgeGap::count).reversed())
                .limit(TOP)
                .toList();
    }

    private List<Insights.Disliked> disliked(Instant cutoff) {
        List<Feedback> ratings = feedback.dislikedSince(cutoff);
        Map<String, AnswerLog.Exchange> exchanges =
                answers.exchanges(ratings.stream().map(Feedback::messageId).toList());
        return ratings.stream()
                .filter(rating -> exchanges.containsKey(rating.messageId()))
                .map(rating -> {
                    AnswerLog.Exchange exchange = exchanges.get(rating.messageId());
                    return new Insights.Disliked(
                            exchange.question(),
                            excerpt(exchange.answer()),
                            rating.comment(),
                            rating.channel(),
                            rating.at());
                })
                .toList();
    }

    private static String normal(String question) {
        return question.strip().toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
