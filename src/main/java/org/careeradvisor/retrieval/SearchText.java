package org.careeradvisor.retrieval;

/**
 * What a question is searched with: the text the embedding model reads, and the text BM25 reads, which may add
 * synonyms of its words ("phd (doctorate, ph.d.)"); the dense side needs none, since the model knows them.
 */
public record SearchText(String dense, String lexical) {

    public static SearchText of(String text) {
        return new SearchText(text, text);
    }

    SearchText map(java.util.function.UnaryOperator<String> change) {
        return new SearchText(change.apply(dense), change.apply(lexical));
    }
}
