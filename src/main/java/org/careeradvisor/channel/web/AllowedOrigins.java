package org.careeradvisor.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;

/**
 * Which pages may call the API from the browser: this service's own pages, and pages on the origins listed in
 * {@code advisor.web.allowed-origins}. One rule for the CORS filter and for the widget's question "may I work here?".
 */
@Component
class AllowedOrigins {

    private final CorsConfiguration api;

    AllowedOrigins(WebProperties properties) {
        if (properties.allowedOrigins().isEmpty()) {
            api = null;
        } else {
            api = new CorsConfiguration();
            api.setAllowedOrigins(properties.allowedOrigins());
            api.setAllowedMethods(List.of("GET", "POST", "DELETE"));
            api.setAllowedHeaders(List.of("Content-Type"));
            api.setExposedHeaders(List.of("Retry-After"));
            api.setAllowCredentials(false);
            api.setMaxAge(600L);
        }
    }

    /** The CORS rules of {@code /api/**}, or none when only this service's own pages may call it. */
    CorsConfiguration api() {
        return api;
    }

    /** Whether the page that sent this request may read the API's answers (a request without an origin may). */
    boolean permit(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin == null || !CorsUtils.isCorsRequest(request) || (api != null && api.checkOrigin(origin) != null);
    }
}
