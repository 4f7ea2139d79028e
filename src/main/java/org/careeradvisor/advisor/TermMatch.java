package org.careeradvisor.advisor;

import java.util.Collection;

/**
 * When an analysed word of a question counts as a word of the documents: the same stem, one that starts with it
 * ("math" and "mathemat"), one sharing a long start ("specialize" and "specialise", "theory" and "theoretical"), or
 * one within a typo's reach ("salery").
 */
final class TermMatch {

    private static final int MIN_PREFIX = 4;
    private static final int MIN_SHARED_START = 5;
    private static final int MAX_LENGTH_GAP = 2;
    /** Stems this short ("remot") are one typo away from unrelated words ("remov"). */
    private static final int SHORT_STEM = 5;

    private TermMatch() {}

    static boolean near(String term, String known) {
        if (term.equals(known)) {
            return true;
        }
        if (term.length() < MIN_PREFIX || term.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return known.startsWith(term)
                || sharedStart(term, known) >= MIN_SHARED_START
                || Math.abs(known.length() - term.length()) <= MAX_LENGTH_GAP
                        && EditDistance.between(known, term) <= EditDistance.allowed(term)
                        && term.length() > SHORT_STEM;
    }

    /** Whether any of a word's alternatives (itself and its synonyms) is near a known word. */
    static boolean nearAny(Collection<String> alternatives, Collection<String> known) {
        return alternatives.stream().anyMatch(alternative -> nearAny(alternative, known));
    }

    static boolean nearAny(String term, Collection<String> known) {
        return known.contains(term) || known.stream().anyMatch(candidate -> near(term, candidate));
    }

    private static int sharedStart(String a, String b) {
        int length = 0;
        while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
            length++;
        }
        return length;
    }
}
