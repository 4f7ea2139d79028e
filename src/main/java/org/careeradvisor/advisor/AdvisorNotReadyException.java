package org.careeradvisor.advisor;

import org.springframework.modulith.NamedInterface;

/** Thrown to a channel when a question arrives before the role documents have been indexed. */
@NamedInterface("api")
public class AdvisorNotReadyException extends RuntimeException {

    AdvisorNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
