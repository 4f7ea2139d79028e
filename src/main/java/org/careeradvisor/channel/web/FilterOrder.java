package org.careeradvisor.channel.web;

import org.springframework.core.Ordered;

/**
 * The order of the web filters, in one place. CORS comes first so that every answer to an allowed origin, refusals
 * included, carries its headers; then the security headers, for the same reason; then the per-address cap on
 * requests in progress, before anything reads a body; then actuator access (whichever port serves it); then the
 * path rules, body caps and rate limits of {@link RateLimitFilter}.
 */
final class FilterOrder {

    static final int CORS = Ordered.HIGHEST_PRECEDENCE;
    static final int SECURITY_HEADERS = CORS + 1;
    static final int IN_FLIGHT_LIMIT = CORS + 2;
    static final int ACTUATOR_ACCESS = CORS + 3;
    static final int REQUEST_LIMITS = CORS + 10;

    private FilterOrder() {}
}
