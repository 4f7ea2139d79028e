package org.careeradvisor.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits that keep slow or stalled connections from holding the server's request threads.
 *
 * @param maxInFlightPerClient requests one client address may have on request threads at once; more are refused at
 *                             once with 429 and the connection is closed. 0 turns the cap off
 * @param bodyReadTimeout      time a request has, from its headers, to deliver its whole body; a body still arriving
 *                             after that is answered 408 and the connection is closed. Each single read also gives up
 *                             after {@code server.tomcat.connection-timeout}
 */
@ConfigurationProperties("advisor.connections")
public record ConnectionProperties(Integer maxInFlightPerClient, Duration bodyReadTimeout) {

    public ConnectionProperties {
        maxInFlightPerClient = maxInFlightPerClient == null ? 16 : maxInFlightPerClient;
        bodyReadTimeout = bodyReadTimeout == null ? Duration.ofSeconds(10) : bodyReadTimeout;
        if (maxInFlightPerClient < 0 || bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("advisor.connections: max-in-flight-per-client must be 0 or more and "
                    + "body-read-timeout positive");
        }
    }
}
