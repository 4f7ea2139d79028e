package org.careeradvisor.retrieval;

/** Which retrievers a search uses: the evaluation compares all three, the advisor uses {@link #HYBRID}. */
public enum RetrievalMode {
    DENSE,
    LEXICAL,
    HYBRID
}
