package org.careeradvisor.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS processing, plus a (rate-limited) log line for every API call from an origin that is not allowed:
 * the browser shows the refusal only in the visitor's console, so without this line the server would say nothing.
 */
class ReportingCorsProcessor extends DefaultCorsProcessor {

    private final AllowedOrigins allowed;
    private final RefusedOrigins refused;

    ReportingCorsProcessor(AllowedOrigins allowed, RefusedOrigins refused) {
        this.allowed = allowed;
        this.refused = refused;
    }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")
                && CorsUtils.isCorsRequest(request)
                && !allowed.permit(request)) {
            refused.report(request.getHeader(HttpHeaders.ORIGIN), request.getMethod(), request.getRequestURI());
        }
        return super.processRequest(config, request, response);
    }
}
