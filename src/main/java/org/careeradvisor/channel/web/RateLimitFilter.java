package org.careeradvisor.channel.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Set;
import org.careeradvisor.channel.RateLimiter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request limits, before anything else reads the request: the path must be canonical ({@link PathRules}, else
 * 400), the body must fit the limit (a larger Content-Length gets 413 at once; a chunked body is read through
 * {@link CappedBodyRequest}, and reading past the limit answers 413), and on the API each client IP gets token
 * buckets: one for messages (chat, stream, feedback; each conversation has its own too) and one for every other API
 * request (history, erasure, roles, admin). An empty bucket answers 429 with Retry-After. The client IP is the
 * connection's remote address, which Spring replaces with the forwarded one only when
 * {@code server.forward-headers-strategy} says the proxy is trusted, so clients cannot spoof it.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> MESSAGES = Set.of("/api/chat", "/api/chat/stream", "/api/feedback");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RateLimitProperties properties;
    private final RateLimiter perIp;
    private final RateLimiter perIpOther;
    private final RateLimiter perConversation;
    private final MeterRegistry registry;

    RateLimitFilter(RateLimitProperties properties, Buckets buckets, MeterRegistry registry) {
        this.properties = properties;
        this.perIp = buckets.perIp();
        this.perIpOther = buckets.perIpOther();
        this.perConversation = buckets.perConversation();
        this.registry = registry;
    }

    /**
     * The filter's token buckets: messages per client IP, other API requests per client IP, messages per conversation.
     */
    record Buckets(RateLimiter perIp, RateLimiter perIpOther, RateLimiter perConversation) {

        static Buckets of(RateLimitProperties properties) {
            return new Buckets(
                    new RateLimiter(properties.perIpPerMinute()),
                    new RateLimiter(properties.otherPerIpPerMinute()),
                    new RateLimiter(properties.perConversationPerMinute()));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String violation = PathRules.violation(path);
        if (violation != null) {
            reject(response, 400, "Bad request path", violation, null);
            return;
        }
        boolean api = path.equals("/api") || path.startsWith("/api/");
        long limit = api ? properties.maxBodyBytes() : properties.maxOtherBodyBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        HttpServletRequest limited = new CappedBodyRequest(request, limit);
        if (api && properties.enabled()) {
            boolean message = "POST".equals(request.getMethod()) && MESSAGES.contains(withoutTrailingSlash(path));
            if (message) {
                byte[] body;
                try {
                    body = limited.getInputStream().readAllBytes();
                } catch (CappedBodyRequest.BodyTooLargeException e) {
                    tooLarge(request, response, limit);
                    return;
                }
                if (throttledMessage(request, body, response)) {
                    return;
                }
                limited = new CachedBodyRequest(request, body);
            } else if (throttled(
                    perIpOther,
                    ClientAddress.of(request),
                    "ip_other",
                    response,
                    "Too many requests; please wait %d seconds before sending more.")) {
                return;
            }
        }
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (CappedBodyRequest.tooLarge(e).isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            tooLarge(request, response, limit);
        }
    }

    private boolean throttledMessage(HttpServletRequest request, byte[] body, HttpServletResponse response)
            throws IOException {
        String text = "Too many messages; please wait %d seconds before sending more.";
        if (throttled(perIp, ClientAddress.of(request), "ip", response, text)) {
            return true;
        }
        String conversation = conversationId(body);
        return conversation != null && throttled(perConversation, conversation, "conversation", response, text);
    }

    private boolean throttled(RateLimiter limiter, String key, String scope, HttpServletResponse response, String text)
            throws IOException {
        OptionalLong wait = limiter.tryConsume(key);
        if (wait.isEmpty()) {
            return false;
        }
        registry.counter("advisor.rate.limited", "scope", scope).increment();
        reject(response, 429, "Too many requests", text.formatted(wait.getAsLong()), wait.getAsLong());
        return true;
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** 413, and the connection closed without reading the rest of an oversized body. */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setHeader("Connection", "close");
        UnreadBodyValve.dropRestOfBody(request);
        reject(response, 413, "Payload too large", "The request body must be at most " + limit + " bytes.", null);
    }

    private static String conversationId(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode id = node == null ? null : node.get("conversationId");
            return id != null && id.isString() && !id.asString().isBlank() ? id.asString() : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static void reject(HttpServletResponse response, int status, String title, String detail, Long retryAfter)
            throws IOException {
        ProblemResponse.write(response, status, title, detail, retryAfter);
    }

    /** The request with its body read once into memory and served again to the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
