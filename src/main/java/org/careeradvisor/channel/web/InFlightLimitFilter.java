package org.careeradvisor.channel.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps one client address from holding the request threads: it may have at most
 * {@code advisor.connections.max-in-flight-per-client} requests on threads at once (more get 429 at once, before
 * anything reads their body, and the connection is closed without reading the rest of it), and every request must
 * deliver its body within {@code advisor.connections.body-read-timeout}, each read within
 * {@code server.tomcat.connection-timeout} (else 408, connection closed, rest of the body unread).
 * The address is the connection's, or the forwarded one only when {@code server.forward-headers-strategy} trusts the
 * proxy.
 */
class InFlightLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InFlightLimitFilter.class);

    private final ConnectionProperties properties;
    private final ConcurrentMap<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final Counter refused;
    private final Counter timedOut;
    private final ThrottledLog refusals = new ThrottledLog(log, Duration.ofSeconds(10));
    private final ThrottledLog timeouts = new ThrottledLog(log, Duration.ofSeconds(10));

    InFlightLimitFilter(ConnectionProperties properties, MeterRegistry registry) {
        this.properties = properties;
        this.refused = registry.counter("advisor.rate.limited", "scope", "in-flight");
        this.timedOut = registry.counter("advisor.request.body.timeouts");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientAddress.of(request);
        if (!tryAcquire(client)) {
            refused.increment();
            refusals.warn(
                    "Refused a request from {}: {} requests from that address are already in progress",
                    client,
                    properties.maxInFlightPerClient());
            refuse(
                    request,
                    response,
                    429,
                    "Too many requests",
                    "Too many requests from your address are in progress; please wait for them to finish.");
            return;
        }
        try {
            long deadline = System.nanoTime() + properties.bodyReadTimeout().toNanos();
            chain.doFilter(new BodyDeadlineRequest(request, deadline), response);
        } catch (BodyDeadlineRequest.BodyTimeoutException | ClientAbortException failure) {
            if (failure instanceof ClientAbortException && !(failure.getCause() instanceof SocketTimeoutException)) {
                throw failure;
            }
            timedOut.increment();
            timeouts.warn(
                    "Gave up on a request body from {} that did not arrive in time ({})",
                    client,
                    failure instanceof ClientAbortException
                            ? "no data for server.tomcat.connection-timeout"
                            : "not complete within " + properties.bodyReadTimeout());
            if (failure instanceof BodyDeadlineRequest.BodyTimeoutException && !response.isCommitted()) {
                response.resetBuffer();
                refuse(
                        request,
                        response,
                        408,
                        "Request timeout",
                        "The request body did not arrive in time; please send it again.");
            }
            // On a socket read timeout Tomcat has already chosen 408 and an error page; the rest of the body is not
            // read.
            UnreadBodyValve.dropRestOfBody(request);
        } finally {
            release(client);
        }
    }

    private boolean tryAcquire(String client) {
        int limit = properties.maxInFlightPerClient();
        if (limit == 0) {
            return true;
        }
        boolean[] admitted = {false};
        inFlight.compute(client, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= limit) {
                return count;
            }
            admitted[0] = true;
            return current + 1;
        });
        return admitted[0];
    }

    private void release(String client) {
        if (properties.maxInFlightPerClient() > 0) {
            inFlight.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    /** Answers at once and closes the connection: Tomcat would otherwise read (swallow) the rest of the body first. */
    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setHeader("Retry-After", "1");
        response.setHeader("Connection", "close");
        ProblemResponse.write(response, status, title, detail);
        response.flushBuffer();
        UnreadBodyValve.dropRestOfBody(request);
    }
}
