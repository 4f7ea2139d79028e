package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * An index of the words of every role's names, so that finding the roles a message names costs a few look-ups per
 * word, whatever the size of the catalogue, instead of an edit distance against every name of every role. A word
 * finds the name words it could stand for under role matching's rules: the same word, one within the typos
 * {@link EditDistance#allowed} forgives (through a deletion index: a name word and a typo of it share a form with at
 * most that many letters deleted from each), a short form it starts ("eng" for "engineer") and the field a name word
 * names ("architecture" for "architect"). Only the roles with such a word are then matched in full.
 */
final class RoleNameIndex {

    private static final int MAX_EDITS = 2;

    private final Map<String, BitSet> rolesByToken = new HashMap<>();
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final Map<String, List<String>> byStem = new HashMap<>();
    private final NavigableSet<String> sorted = new TreeSet<>();
    /** The names (numbered across all roles) each word occurs in. */
    private final Map<String, int[]> namesByToken = new HashMap<>();
    /** Each name's role and number of distinct words. */
    private final int[] roleOfName;

    private final int[] wordsInName;
    /** The role a word names on its own (its distinctive word), by word. */
    private final Map<String, Integer> distinctive;

    /**
     * @param namesByRole each role's names as words, by the role's position in the role list
     * @param distinctive the role (by position) each distinctive word names on its own
     */
    RoleNameIndex(List<List<List<String>>> namesByRole, Map<String, Integer> distinctive) {
        this.distinctive = Map.copyOf(distinctive);
        Map<String, List<Integer>> names = new HashMap<>();
        List<Integer> roles = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int role = 0; role < namesByRole.size(); role++) {
            for (List<String> name : namesByRole.get(role)) {
                int number = roles.size();
                Set<String> distinct = new HashSet<>(name);
                roles.add(role);
                sizes.add(distinct.size());
                for (String token : distinct) {
                    rolesByToken.computeIfAbsent(token, key -> new BitSet()).set(role);
                    names.computeIfAbsent(token, key -> new ArrayList<>()).add(number);
                }
            }
        }
        roleOfName = roles.stream().mapToInt(Integer::intValue).toArray();
        wordsInName = sizes.stream().mapToInt(Integer::intValue).toArray();
        names.forEach((token, numbers) -> namesByToken.put(
                token, numbers.stream().mapToInt(Integer::intValue).toArray()));
        for (String token : rolesByToken.keySet()) {
            sorted.add(token);
            for (String deleted : deletions(token, EditDistance.allowed(token))) {
                byDeletion.computeIfAbsent(deleted, key -> new ArrayList<>(1)).add(token);
            }
            if (token.length() >= 6) {
                byStem.computeIfAbsent(token.substring(0, token.length() - 1), key -> new ArrayList<>(1))
                        .add(token);
            }
        }
    }

    /**
     * The positions of the roles the matcher could find in these words, in role order: those with a name every word
     * of which some word could stand for, and those whose distinctive word one could stand for.
     */
    BitSet candidates(Collection<String> words) {
        Set<String> matched = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (String word : words) {
            if (seen.add(word)) {
                matched.addAll(tokensFor(word));
            }
        }
        BitSet roles = new BitSet();
        Map<Integer, Integer> covered = new HashMap<>();
        for (String token : matched) {
            Integer role = distinctive.get(token);
            if (role != null) {
                roles.set(role);
            }
            for (int name : namesByToken.getOrDefault(token, new int[0])) {
                if (covered.merge(name, 1, Integer::sum) == wordsInName[name]) {
                    roles.set(roleOfName[name]);
                }
            }
        }
        return roles;
    }

    /** The name words this word could stand for (a superset: the matcher applies its rules to each). */
    Set<String> tokensFor(String word) {
        Set<String> tokens = new HashSet<>();
        if (rolesByToken.containsKey(word)) {
            tokens.add(word);
        }
        if (word.length() >= 3) {
            for (String deleted : deletions(word, MAX_EDITS)) {
                for (String token : byDeletion.getOrDefault(deleted, List.of())) {
                    if (EditDistance.between(token, word) <= EditDistance.allowed(token)) {
                        tokens.add(token);
                    }
                }
            }
            // A short form: name words that start with the word and are at least two letters longer.
            for (String token : sorted.subSet(word, false, word + Character.MAX_VALUE, false)) {
                if (token.length() > word.length() + 1) {
                    tokens.add(token);
                }
            }
        }
        // The field a name word names: the word starts with the name word but its last letter, and is up to 4 longer.
        for (int length = Math.max(6, word.length() - 4); length < word.length(); length++) {
            for (String token : byStem.getOrDefault(word.substring(0, length - 1), List.of())) {
                if (token.length() == length) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    /** The word and every form of it with up to this many letters deleted. */
    private static Set<String> deletions(String word, int edits) {
        Set<String> forms = new HashSet<>();
        forms.add(word);
        Set<String> frontier = Set.of(word);
        for (int round = 0; round < edits; round++) {
            Set<String> next = new HashSet<>();
            for (String form : frontier) {
                for (int i = 0; i < form.length(); i++) {
                    String deleted = form.substring(0, i) + form.substring(i + 1);
                    if (!deleted.isEmpty() && forms.add(deleted)) {
                        next.add(deleted);
                    }
                }
            }
            frontier = next;
        }
        return forms;
    }
}
