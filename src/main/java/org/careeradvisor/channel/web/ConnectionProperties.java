package org.careeradvisor.channel.web;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record ConnectionProperties(
        @DefaultValue("16") @PositiveOrZero int maxInFlightPerClient,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration bodyReadTimeout) {}
