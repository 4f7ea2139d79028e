package org.careeradvisor.advisor;

import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Understands a message without a language model: small talk, instruction-override attempts, the roles and
 * topic it is about, and whether it refers back to earlier turns ("and what does it pay?").
 */
public class QuestionAnalyzer {

    private final Vocabulary vocabulary;

    public QuestionAnalyzer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public QuestionAnalysis analyze(String message, List<RoleDocument> roles, List<Turn> history) {
        String trimmed = message.strip();
        String padded = Text.padded(trimmed);
        String plain = padded.strip();
        if (matchesAny(vocabulary.injections(), trimmed)) {
            return outOfScope(QuestionAnalysis.OutOfScopeReason.INSTRUCTION_OVERRIDE, trimmed, null);
        }
        Optional<Intent> smallTalk = smallTalk(plain);
        if (smallTalk.isPresent()) {
            return new QuestionAnalysis(smallTalk.get(), List.of(), null, false, trimmed, null, null);
        }

        RoleMatcher matcher = new RoleMatcher(roles, vocabulary);
        List<RoleDocument> named = new ArrayList<>(matcher.find(trimmed).stream().map(RoleMatcher.RoleMention::role).toList());
        Topic topic = topic(padded);
        boolean refersBack = refersBack(padded);
        Optional<Turn> previous = lastTurnAbout(history);

        if (named.isEmpty()) {
            Optional<String> unknown = matcher.unknownRole(trimmed);
            boolean pronounFollowUp = containsAny(padded, vocabulary.followUpPronouns());
            if (unknown.isPresent() && !pronounFollowUp) {
                return outOfScope(QuestionAnalysis.OutOfScopeReason.UNKNOWN_ROLE, trimmed, unknown.get());
            }
        }
        if (named.isEmpty() && previous.isEmpty() && containsAny(padded, vocabulary.followUpPronouns())) {
            return outOfScope(QuestionAnalysis.OutOfScopeReason.ROLE_NOT_SPECIFIED, trimmed, null);
        }
        boolean followUp = false;
        if (named.isEmpty() && previous.isPresent() && (refersBack || isShort(plain))) {
            previous.get().roleIds().forEach(id -> roles.stream().filter(role -> role.id().equals(id)).forEach(named::add));
            followUp = !named.isEmpty();
        }
        if (topic == null && previous.isPresent() && followUp && previous.get().topicId() != null
                && !named.isEmpty() && refersBack) {
            topic = vocabulary.topic(previous.get().topicId());
        }
        String query = followUp ? named.get(0).title() + ": " + trimmed : trimmed;
        return new QuestionAnalysis(Intent.QUESTION, named, topic, followUp, query, null, null);
    }

    private Optional<Intent> smallTalk(String plain) {
        if (matchesAny(vocabulary.greetings(), plain)) {
            return Optional.of(Intent.GREETING);
        }
        if (matchesAny(vocabulary.thanks(), plain)) {
            return Optional.of(Intent.THANKS);
        }
        if (matchesAny(vocabulary.help(), plain)) {
            return Optional.of(Intent.HELP);
        }
        return Optional.empty();
    }

    /**
     * The topic whose cues the question hits most; ties go to the most specific matched cue, then to the topic
     * listed first. Fallback topics count only when no other topic is hit.
     */
    private Topic topic(String padded) {
        Comparator<Topic> strength = Comparator.comparingInt((Topic topic) -> topic.cueHits(padded))
                .thenComparingInt(topic -> topic.longestCue(padded));
        Optional<Topic> specific = vocabulary.topics().stream()
                .filter(topic -> !topic.fallback() && topic.cueHits(padded) > 0)
                .reduce((best, next) -> strength.compare(next, best) > 0 ? next : best);
        return specific.or(() -> vocabulary.topics().stream()
                .filter(topic -> topic.fallback() && topic.cueHits(padded) > 0).findFirst()).orElse(null);
    }

    private boolean refersBack(String padded) {
        String start = padded.stripLeading();
        return containsAny(padded, vocabulary.followUpPronouns())
                || vocabulary.followUpOpeners().stream().anyMatch(start::startsWith);
    }

    private boolean isShort(String plain) {
        return plain.split("\\s+").length <= vocabulary.maxShortFollowUpWords();
    }

    private static Optional<Turn> lastTurnAbout(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).roleIds().isEmpty()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean containsAny(String padded, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    private static QuestionAnalysis outOfScope(QuestionAnalysis.OutOfScopeReason reason, String message, String unknownRole) {
        return new QuestionAnalysis(Intent.OUT_OF_SCOPE, List.of(), null, false, message, reason, unknownRole);
    }
}
