package org.careeradvisor.advisor;

import java.time.Instant;

/**
 * The administrator's side of the service, a port the admin package implements: whether the admin API is on, the
 * check of its bearer token, and the HR insights.
 */
public interface Administration {

    /** Whether the admin API is on (a token is configured); when off its endpoints do not exist. */
    boolean enabled();

    /** @param authorization the request's Authorization header, possibly null */
    boolean allows(String authorization);

    Insights insights(int days, Instant now);
}
