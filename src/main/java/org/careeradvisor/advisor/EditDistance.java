package org.careeradvisor.advisor;

import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * How far apart two words are, in typos (Lucene's Damerau-Levenshtein distance, the one its spell checker uses), and
 * how many typos a word of some length may carry and still count as the word: the one typo policy of role matching
 * and the knowledge-gap check.
 */
final class EditDistance {

    private static final LuceneLevenshteinDistance LUCENE = new LuceneLevenshteinDistance();

    private EditDistance() {}

    /** How many typos a word of this length may carry and still count as the word. */
    static int allowed(String word) {
        if (word.length() <= 3) {
            return 0;
        }
        return word.length() <= 6 ? 1 : 2;
    }

    static int between(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE / 2;
        }
        // Lucene gives a similarity of 1 - edits / longer length; the edits are read back from it.
        float similarity = LUCENE.getDistance(a, b);
        return Math.round((1 - similarity) * Math.max(a.length(), b.length()));
    }
}
