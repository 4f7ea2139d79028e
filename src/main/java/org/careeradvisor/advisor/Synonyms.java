package org.careeradvisor.advisor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.Phrases;
import org.careeradvisor.retrieval.TermAnalyzer;

/**
 * The vocabulary's synonym groups ("doctorate", "PhD", "Ph.D."): a question is searched with the other words of each
 * group it uses, and an analysed word matches any word of its group.
 */
class Synonyms {

    private final List<List<String>> groups;
    private final Map<String, Pattern> wordPatterns = new HashMap<>();
    private final Map<String, Set<String>> termsOf = new HashMap<>();
    /** The synonym groups, then each pair of opposites as one group, which a question is searched with. */
    private final List<List<String>> expanded;

    private final Map<String, Set<String>> oppositesOf = new HashMap<>();

    Synonyms(TermAnalyzer analyzer, Vocabulary vocabulary) {
        this.groups = vocabulary.synonyms();
        List<List<List<String>>> opposites = vocabulary.opposites();
        List<List<String>> expanded = new java.util.ArrayList<>(groups);
        // "is the outlook shrinking?" looks for what the documents say of growth, to answer no.
        opposites.forEach(
                pair -> expanded.add(java.util.stream.Stream.concat(pair.get(0).stream(), pair.get(1).stream())
                        .toList()));
        this.expanded = List.copyOf(expanded);
        groups.forEach(group -> group.forEach(word -> wordPatterns.computeIfAbsent(word, Phrases::literal)));
        opposites.forEach(pair ->
                pair.forEach(group -> group.forEach(word -> wordPatterns.computeIfAbsent(word, Phrases::literal))));
        for (List<List<String>> pair : opposites) {
            Set<String> first = new HashSet<>();
            Set<String> second = new HashSet<>();
            pair.get(0).forEach(word -> first.addAll(analyzer.terms(word)));
            pair.get(1).forEach(word -> second.addAll(analyzer.terms(word)));
            first.forEach(term ->
                    oppositesOf.computeIfAbsent(term, key -> new HashSet<>()).addAll(second));
            second.forEach(term ->
                    oppositesOf.computeIfAbsent(term, key -> new HashSet<>()).addAll(first));
        }
        for (List<String> group : groups) {
            Set<String> terms = new HashSet<>();
            group.forEach(word -> terms.addAll(analyzer.terms(word)));
            terms.forEach(term ->
                    termsOf.computeIfAbsent(term, key -> new HashSet<>()).addAll(terms));
        }
    }

    /** The analysed words of the group opposite to the word's own ("shrinking": growth, rising); empty for none. */
    Set<String> opposites(String term) {
        return oppositesOf.getOrDefault(term, Set.of());
    }

    /** The question with the other words of every group it uses added, for retrieval. */
    String expand(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        Set<String> added = new LinkedHashSet<>();
        for (List<String> group : expanded) {
            if (group.stream()
                    .anyMatch(word -> wordPatterns.get(word).matcher(lower).find())) {
                group.stream()
                        .filter(word -> !wordPatterns.get(word).matcher(lower).find())
                        .forEach(added::add);
            }
        }
        return added.isEmpty() ? question : question + " (" + String.join(", ", added) + ")";
    }

    /** The analysed word and the analysed words of its groups. */
    Set<String> alternatives(String term) {
        Set<String> alternatives = new HashSet<>(termsOf.getOrDefault(term, Set.of()));
        alternatives.add(term);
        return alternatives;
    }
}
