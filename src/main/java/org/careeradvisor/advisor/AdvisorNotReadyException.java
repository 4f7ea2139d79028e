package org.careeradvisor.advisor;

/** Thrown to a channel when a question arrives before the role documents have been indexed. */
public class AdvisorNotReadyException extends RuntimeException {

    AdvisorNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
