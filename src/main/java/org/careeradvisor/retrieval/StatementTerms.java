package org.careeradvisor.retrieval;

import java.util.Set;

/**
 * A statement's words as the BM25 index analyses them, worked out once when the index is built.
 *
 * @param own     the words of the statement itself (its label and text)
 * @param context the words of what stands above it: headings, the list's label, the parent item, its own label
 * @param list    the words of its headings and its list's label alone: what the list it belongs to is about
 */
public record StatementTerms(Set<String> own, Set<String> context, Set<String> list) {

    public StatementTerms {
        own = Set.copyOf(own);
        context = Set.copyOf(context);
        list = Set.copyOf(list);
    }
}
