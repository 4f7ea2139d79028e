package org.careeradvisor.channel.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin access for the API (only from the configured origins, never with credentials) and the security
 * headers on every response.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    private final WebProperties properties;

    WebConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    /**
     * CORS as the first filter, so that every answer to an allowed origin carries its headers, including the 429 and
     * 413 of the rate-limit filter (a browser could not read them otherwise).
     */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(properties.allowedOrigins());
            api.setAllowedMethods(java.util.List.of("GET", "POST", "DELETE"));
            api.setAllowedHeaders(java.util.List.of("Content-Type"));
            api.setExposedHeaders(java.util.List.of("Retry-After"));
            api.setAllowCredentials(false);
            api.setMaxAge(600L);
            source.registerCorsConfiguration("/api/**", api);
        }
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(FilterOrder.CORS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(FilterOrder.SECURITY_HEADERS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, io.micrometer.core.instrument.MeterRegistry registry) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, registry));
        // Every path, right after CORS and before any filter that could read a body (form, multipart parsing).
        registration.addUrlPatterns("/*");
        registration.setOrder(FilterOrder.REQUEST_LIMITS);
        return registration;
    }
}
