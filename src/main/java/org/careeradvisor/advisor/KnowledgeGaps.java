package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeradvisor.knowledge.Phrases;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.TermAnalyzer;

/**
 * Notices when a role's documents do not answer a question (remote work, visa sponsorship, a year they give no
 * figures for) and says so plainly, with what the document does cover, instead of quoting a neighbouring section.
 */
class KnowledgeGaps {

    /** Dense relevance of a single word's nearest statement at which the document covers it in other words. */
    private static final double WORD_RELEVANCE = 0.76;

    /** The subject named when the whole question, not one word of it, is what the documents do not answer. */
    private static final String THIS = "this";
    /** A number of one to three digits: an age, a count, years; not a year or an amount. */
    private static final java.util.regex.Pattern SMALL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");

    /** Unknown words looked up in the index at most, so a message of noise costs no more than a question. */
    private static final int MAX_LOOKED_UP = 3;

    private final TermAnalyzer analyzer;
    private final Set<String> genericTerms = new HashSet<>();
    private final Set<String> askingTerms;
    private final double minRelevance;
    private final Synonyms synonyms;
    /** Each subject with the pattern that finds it as a whole phrase. */
    private final Map<String, java.util.regex.Pattern> uncoveredSubjects = new java.util.LinkedHashMap<>();

    KnowledgeGaps(QuestionWords words, Vocabulary vocabulary, double minRelevance) {
        this.analyzer = words.analyzer();
        this.synonyms = words.synonyms();
        vocabulary.uncoveredSubjects().forEach(subject -> uncoveredSubjects.put(subject, Phrases.literal(subject)));
        this.minRelevance = minRelevance;
        this.askingTerms = words.asking();
        genericTerms.addAll(askingTerms);
        vocabulary.topics().forEach(topic -> genericTerms.addAll(analyzer.terms(String.join(" ", topic.cues()))));
    }

    /**
     * The words of the question (as the user wrote them) that the roles' documents know nothing of; empty when they
     * answer. A question whose best statement is not close enough is missing its whole subject.
     *
     * @param asked        the part of the question whose words are the content terms, and name what is unknown: "My
     *                     nephew Tom starts next month. Which languages will he need?" lacks nothing of the scene it
     *                     sets
     * @param contentTerms what the question asks about (its asking part's, unless that has none)
     */
    List<String> missing(
            String question,
            String asked,
            Set<String> contentTerms,
            List<String> roleIds,
            StatementScorer.Scored best,
            SearchIndex index) {
        List<String> subjects = uncoveredSubjects(question, roleIds, index);
        if (!subjects.isEmpty()) {
            return subjects;
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String term : contentTerms) {
            if (genericTerms.contains(term)
                    || misspeltGeneric(term)
                    || SMALL_NUMBER.matcher(term).matches()) {
                // "my daughter is 17", "3 years": a small number is not a subject the documents could lack.
                continue;
            }
            // "is demand declining?" is answered by what the document says of growth: its opposite counts as known.
            Set<String> known = new LinkedHashSet<>(synonyms.alternatives(term));
            known.addAll(synonyms.opposites(term));
            if (known.stream()
                    .noneMatch(alternative -> roleIds.stream().anyMatch(id -> index.knows(id, alternative))
                            || misspelt(alternative, roleIds, index))) {
                unknown.add(term);
            }
        }
        // A year or figure the documents do not give ("in 2019") is always a gap; another word only when it is at least
        // half of what the question asks.
        boolean figure = unknown.stream().anyMatch(term -> term.chars().anyMatch(Character::isDigit));
        if (unknown.isEmpty() || !figure && unknown.size() * 2 < contentTerms.size()) {
            // Most of what is asked is in the document: a stray unknown word ("car companies") is not a gap.
            return best.relevance() < minRelevance ? List.of(THIS) : List.of();
        }
        List<String> unknownWords = new ArrayList<>();
        for (String word : asked.split("[^\\p{L}\\p{N}'+#/-]+")) {
            Set<String> analysed = analyzer.terms(word);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!analysed.isEmpty() && unknown.containsAll(analysed) && !unknownWords.contains(lower)) {
                unknownWords.add(lower);
            }
        }
        if (unknownWords.size() > MAX_LOOKED_UP) {
            // Many words the documents never use (noise, another language): a gap; name a few, look none up.
            return unknownWords.subList(0, MAX_LOOKED_UP);
        }
        return unknownWords.stream()
                .filter(word -> !meantAnother(word, roleIds, index))
                .toList();
    }

    /**
     * A word the document does not use may still name what it covers in other words ("coding" for "object-oriented
     * programming", "papers" for "publishing research findings"): its nearest statement says so. Figures and years
     * never count as meant otherwise.
     */
    private static boolean meantAnother(String word, List<String> roleIds, SearchIndex index) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        double best = index.statements(word, roleIds).stream()
                .mapToDouble(found -> found.relevance())
                .max()
                .orElse(0);
        return best >= WORD_RELEVANCE;
    }

    /** "work from home", "visa sponsorship": subjects role documents often leave out, asked of a role that does. */
    private List<String> uncoveredSubjects(String question, List<String> roleIds, SearchIndex index) {
        String asked = question.toLowerCase(java.util.Locale.ROOT);
        List<Map.Entry<String, java.util.regex.Pattern>> mentioned = uncoveredSubjects.entrySet().stream()
                .filter(subject -> subject.getValue().matcher(asked).find())
                .toList();
        if (mentioned.isEmpty()) {
            return List.of();
        }
        String documents = roleIds.stream()
                .flatMap(id -> index.knowledge().statements(id).stream())
                .map(statement -> statement.quote().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("\n"));
        return mentioned.stream()
                .filter(subject -> !subject.getValue().matcher(documents).find())
                .map(Map.Entry::getKey)
                .findFirst()
                .map(List::of)
                .orElse(List.of());
    }

    /** "waht", "hwo": a typo of a word of asking is still a word of asking. */
    private boolean misspeltGeneric(String term) {
        int allowed = EditDistance.allowed(term);
        return allowed > 0 && askingTerms.stream().anyMatch(asking -> EditDistance.between(asking, term) <= allowed);
    }

    /** A typo of a word the role's document uses, or another form of it, is not a gap. */
    private static boolean misspelt(String term, List<String> roleIds, SearchIndex index) {
        return roleIds.stream().anyMatch(id -> TermMatch.nearAny(term, index.terms(id)));
    }

    /** "The AI Research Manager document says nothing about remote work ..." with what it does cover. */
    String notCovered(List<RoleDocument> roles, List<String> missing, SearchIndex index) {
        if (roles.isEmpty()) {
            return "The role documents do not answer that. Ask me about a role's responsibilities, requirements, skills, "
                    + "pay or career path.";
        }
        String names = roles.stream().map(role -> "**" + role.title() + "**").collect(Collectors.joining(" and "));
        String subject = missing.isEmpty() ? THIS : String.join(", ", missing);
        String covered = roles.get(0).sectionTitles().stream()
                .limit(6)
                .map(title -> title.toLowerCase(java.util.Locale.ROOT).replaceAll("^\\d+\\.\\s*", ""))
                .collect(Collectors.joining(", "));
        return "The " + names + " document" + (roles.size() > 1 ? "s say" : " says") + " nothing about " + subject
                + ", so I can't tell you. " + (roles.size() > 1 ? "They cover" : "It covers") + " " + covered
                + ": ask me about any of those.";
    }
}
