package org.careeradvisor.channel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.OptionalLong;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.channel.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see what of actuator, on whichever port serves it: anyone may ask {@code health} and its groups, which then
 * say only UP or DOWN; a request with the admin bearer token sees the health details (it is the principal that
 * {@code management.endpoint.health.show-details: when-authorized} asks for), and only such a request reaches
 * {@code info}, {@code prometheus} or any other endpoint (else 401). Paths with dot segments, empty segments, path
 * parameters or escapes are refused with 400 before actuator sees them, with a log line at most every 10 s. More
 * than {@value #WRONG_TOKENS_PER_MINUTE} wrong tokens a minute from one address get 429.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

    static final String ADMIN_ROLE = "ADMIN";
    private static final Logger log = LoggerFactory.getLogger(ActuatorAccessFilter.class);
    private static final int LOGGED_PATH_CHARS = 120;
    static final int WRONG_TOKENS_PER_MINUTE = 10;

    private final String basePath;
    private final AdvisorApi authorization;
    private final ThrottledLog oddPaths = new ThrottledLog(log, Duration.ofSeconds(10));
    /** Wrong admin tokens per client address a minute: the token cannot be guessed at speed. */
    private final RateLimiter wrongTokens = new RateLimiter(WRONG_TOKENS_PER_MINUTE);

    ActuatorAccessFilter(String basePath, AdvisorApi authorization) {
        this.basePath = basePath;
        this.authorization = authorization;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String violation = PathRules.violation(path);
        if (violation != null) {
            oddPaths.warn(
                    "Refused an actuator request from {} with an odd path: {}",
                    request.getRemoteAddr(),
                    path.length() > LOGGED_PATH_CHARS ? path.substring(0, LOGGED_PATH_CHARS) + "…" : path);
            ProblemResponse.write(response, 400, "Bad request path", violation);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean admin = authorization.admits(token);
        if (!admin && token != null) {
            OptionalLong wait = wrongTokens.tryConsume(ClientAddress.of(request));
            if (wait.isPresent()) {
                ProblemResponse.write(
                        response,
                        429,
                        "Too many requests",
                        "Too many wrong tokens from your address; please wait before trying again.",
                        wait.getAsLong());
                return;
            }
        }
        if (admin) {
            chain.doFilter(new AdminRequest(request), response);
        } else if (isHealth(path)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ProblemResponse.write(
                    response,
                    401,
                    "Unauthorized",
                    "This endpoint needs the admin token (advisor.admin.token) as a bearer token.");
        }
    }

    private boolean isHealth(String path) {
        return path.equals(basePath + "/health") || path.startsWith(basePath + "/health/");
    }

    /** The request as made by the administrator, in the role the health endpoint shows details to. */
    private static final class AdminRequest extends HttpServletRequestWrapper {
        private static final Principal ADMIN = () -> "admin";

        AdminRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return ADMIN;
        }

        @Override
        public String getRemoteUser() {
            return ADMIN.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return ADMIN_ROLE.equals(role);
        }
    }
}
