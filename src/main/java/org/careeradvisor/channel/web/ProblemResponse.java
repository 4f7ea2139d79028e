package org.careeradvisor.channel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@code application/problem+json} answer from a servlet filter, before any controller runs, and sends it
 * at once, before the container reads (or waits for) the rest of a body nobody wants.
 */
final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {}

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null);
    }

    /** The problem with a {@code Retry-After} header when {@code retryAfterSeconds} is given. */
    static void write(HttpServletResponse response, int status, String title, String detail, Long retryAfterSeconds)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (retryAfterSeconds != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            // A handler had begun an answer through the writer before the body turned out too large.
            response.getWriter().write(new String(bytes, StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }
}
