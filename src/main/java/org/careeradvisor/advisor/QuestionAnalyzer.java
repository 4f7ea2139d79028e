package org.careeradvisor.advisor;

import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Understands a message without a language model: small talk, instruction overrides and personal-data requests,
 * the roles and topic it is about, whether it refers back to earlier turns ("and what does it pay?"), and which
 * capability it asks for (overview, comparison, skills gap, career path, job posting, salary, plain question).
 */
public class QuestionAnalyzer {

    private static final int MAX_COMPARED_ROLES = 3;
    private static final int MAX_BARE_ROLE_WORDS = 5;

    private final Vocabulary vocabulary;
    /** The matcher for the roles in service, rebuilt only when a knowledge reload brings a new role list. */
    private volatile CachedMatcher cached;

    public QuestionAnalyzer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    private RoleMatcher matcher(List<RoleDocument> roles) {
        CachedMatcher current = cached;
        if (current == null || current.roles() != roles) {
            current = new CachedMatcher(roles, new RoleMatcher(roles, vocabulary));
            cached = current;
        }
        return current.matcher();
    }

    private record CachedMatcher(List<RoleDocument> roles, RoleMatcher matcher) {
    }

    public QuestionAnalysis analyze(String message, List<RoleDocument> roles, List<Turn> history) {
        String trimmed = message.strip();
        String padded = Text.padded(trimmed);
        String plain = padded.strip();
        if (matchesAny(vocabulary.injections(), trimmed)) {
            return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.INSTRUCTION_OVERRIDE, trimmed, null);
        }
        if (matchesAny(vocabulary.personalData(), trimmed)) {
            return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.PERSONAL_DATA, trimmed, null);
        }
        Optional<Intent> smallTalk = smallTalk(plain);
        if (smallTalk.isPresent()) {
            return new QuestionAnalysis(smallTalk.get(), List.of(), null, false, trimmed, null, null, false);
        }

        RoleMatcher matcher = matcher(roles);
        List<RoleDocument> named = new ArrayList<>(matcher.find(trimmed).stream().map(RoleMatcher.RoleMention::role).toList());
        Intent requested = requestedIntent(trimmed);
        Topic topic = topic(padded);
        boolean pronoun = containsAny(padded, vocabulary.followUpPronouns());
        boolean opener = vocabulary.followUpOpeners().stream().anyMatch(padded.stripLeading()::startsWith);
        Optional<Turn> previous = lastTurnAbout(history);

        if (named.isEmpty() && requested != Intent.SKILLS_GAP) {
            Optional<String> unknown = matcher.unknownRole(trimmed);
            if (unknown.isPresent() && !pronoun) {
                return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.UNKNOWN_ROLE, trimmed, unknown.get());
            }
            if (previous.isEmpty() && (pronoun || requested == Intent.JOB_POSTING)) {
                return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.ROLE_NOT_SPECIFIED, trimmed, null);
            }
        }
        boolean followUp = false;
        List<RoleDocument> earlier = previous.map(turn -> rolesOf(turn, roles)).orElse(List.of());
        if (named.isEmpty() && !earlier.isEmpty() && (pronoun || opener || isShort(plain) || requested == Intent.JOB_POSTING)
                && requested != Intent.SKILLS_GAP) {
            named.addAll(earlier);
            followUp = true;
        } else if (requested == Intent.COMPARE && named.size() == 1 && !earlier.isEmpty() && !earlier.contains(named.get(0))) {
            // "how does it compare to the scientist?": the role discussed before against the one named now.
            named.add(0, earlier.get(0));
            followUp = true;
        }
        boolean carriesTopic = (followUp && (pronoun || opener)) || (opener && !named.isEmpty());
        if (topic == null && carriesTopic && previous.isPresent() && previous.get().topicId() != null) {
            topic = vocabulary.topic(previous.get().topicId());
        }
        boolean protectedTraits = matchesAny(vocabulary.protectedTraits(), trimmed);
        if (protectedTraits && topic == null) {
            topic = vocabulary.topic("requirements");
        }
        Intent intent = resolve(requested, named, topic, plain);
        List<RoleDocument> subjects = intent == Intent.COMPARE ? named.subList(0, Math.min(named.size(), MAX_COMPARED_ROLES)) : named;
        String query = followUp && !named.isEmpty() ? named.get(0).title() + ": " + trimmed : trimmed;
        return new QuestionAnalysis(intent, subjects, topic, followUp, query, null, null, protectedTraits);
    }

    /** The capability asked for, given the roles found: a comparison needs two roles, a posting or path one. */
    private Intent resolve(Intent requested, List<RoleDocument> named, Topic topic, String plain) {
        if (requested == Intent.SKILLS_GAP) {
            return Intent.SKILLS_GAP;
        }
        if (named.size() >= 2 && (requested == Intent.COMPARE || requested == Intent.OVERVIEW || requested == null && topic == null)) {
            return Intent.COMPARE;
        }
        if (!named.isEmpty() && (requested == Intent.JOB_POSTING || requested == Intent.CAREER_PATH)) {
            return requested;
        }
        boolean specificTopic = topic != null && !topic.fallback();
        if (named.size() == 1 && requested == Intent.OVERVIEW && !specificTopic) {
            return Intent.OVERVIEW;
        }
        if (topic != null && topic.id().equals("salary")) {
            return Intent.SALARY;
        }
        if (named.size() == 1 && topic == null && plain.split("\\s+").length <= MAX_BARE_ROLE_WORDS) {
            return Intent.OVERVIEW;
        }
        return Intent.QUESTION;
    }

    private Intent requestedIntent(String message) {
        for (Map.Entry<Intent, List<Pattern>> entry : vocabulary.intentPatterns().entrySet()) {
            if (matchesAny(entry.getValue(), message)) {
                return entry.getKey();
            }
        }
        return null;
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

    private boolean isShort(String plain) {
        return plain.split("\\s+").length <= vocabulary.maxShortFollowUpWords();
    }

    private static List<RoleDocument> rolesOf(Turn turn, List<RoleDocument> roles) {
        return turn.roleIds().stream().flatMap(id -> roles.stream().filter(role -> role.id().equals(id))).toList();
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
}
