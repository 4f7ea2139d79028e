package org.careeradvisor.channel.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.careeradvisor.channel.RateLimiter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Limits the public API: bodies over the size limit are refused (413) before parsing, and each client IP and each
 * conversation gets a token bucket; an empty bucket answers 429 with Retry-After. The client IP is the connection's
 * remote address, which Spring replaces with the forwarded one only when {@code server.forward-headers-strategy}
 * says the proxy is trusted, so clients cannot spoof it.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> LIMITED = Set.of("/api/chat", "/api/chat/stream", "/api/feedback");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RateLimitProperties properties;
    private final RateLimiter perIp;
    private final RateLimiter perConversation;
    private final MeterRegistry registry;

    RateLimitFilter(RateLimitProperties properties, MeterRegistry registry) {
        this.properties = properties;
        this.perIp = new RateLimiter(properties.perIpPerMinute());
        this.perConversation = new RateLimiter(properties.perConversationPerMinute());
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !"POST".equals(request.getMethod()) || !LIMITED.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.maxBodyBytes()) {
            reject(response, 413, "Payload too large", "The request body must be at most " + properties.maxBodyBytes() + " bytes.", null);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(properties.maxBodyBytes() + 1);
        if (body.length > properties.maxBodyBytes()) {
            reject(response, 413, "Payload too large", "The request body must be at most " + properties.maxBodyBytes() + " bytes.", null);
            return;
        }
        OptionalLong wait = perIp.tryConsume(request.getRemoteAddr());
        String scope = "ip";
        String conversation = conversationId(body);
        if (wait.isEmpty() && conversation != null) {
            wait = perConversation.tryConsume(conversation);
            scope = "conversation";
        }
        if (wait.isPresent()) {
            registry.counter("advisor.rate.limited", "scope", scope).increment();
            reject(response, 429, "Too many requests", "Too many messages; please wait " + wait.getAsLong()
                    + " seconds before sending more.", wait.getAsLong());
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
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

    private static void reject(HttpServletResponse response, int status, String title, String detail, Long retryAfter) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.getWriter().write(JSON.writeValueAsString(java.util.Map.of("type", "about:blank", "title", title,
                "status", status, "detail", detail)));
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
