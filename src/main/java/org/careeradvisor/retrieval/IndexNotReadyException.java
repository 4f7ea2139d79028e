package org.careeradvisor.retrieval;

/** Thrown when a question arrives before the knowledge has been indexed. */
public class IndexNotReadyException extends RuntimeException {

    public IndexNotReadyException(String message) {
        super(message);
    }
}
