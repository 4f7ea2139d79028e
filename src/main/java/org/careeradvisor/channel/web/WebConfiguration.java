package org.careeradvisor.channel.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin access for the API (only from the configured origins, never with credentials; the widget's
 * configuration from any origin) and the security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    private final AllowedOrigins allowed;

    WebConfiguration(AllowedOrigins allowed) {
        this.allowed = allowed;
    }

    /**
     * CORS as the first filter, so that every answer to an allowed origin carries its headers, including the 429 and
     * 413 of the rate-limit filter (a browser could not read them otherwise). {@code GET /api/widget/config} is open
     * to every origin: it tells a widget on any site whether that site is allowed, so that the widget can say so
     * instead of failing with an error the browser lets it not read. Calls from origins that are not allowed are
     * logged, rate-limited ({@link RefusedOrigins}).
     */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        // The first registered pattern that matches wins.
        CorsConfiguration probe = new CorsConfiguration();
        probe.setAllowedOriginPatterns(java.util.List.of("*"));
        probe.setAllowedMethods(java.util.List.of("GET"));
        probe.setAllowCredentials(false);
        probe.setMaxAge(600L);
        source.registerCorsConfiguration(WidgetConfigController.PATH, probe);
        if (allowed.api() != null) {
            source.registerCorsConfiguration("/api/**", allowed.api());
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ReportingCorsProcessor(allowed, new RefusedOrigins()));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FilterOrder.CORS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(FilterOrder.SECURITY_HEADERS);
        return registration;
    }

    @Bean
    RateLimitFilter.Buckets rateLimitBuckets(RateLimitProperties limits) {
        return RateLimitFilter.Buckets.of(limits);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            RateLimitProperties limits,
            RateLimitFilter.Buckets buckets,
            io.micrometer.core.instrument.MeterRegistry registry) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, buckets, registry));
        // Every path, right after CORS and before any filter that could read a body (form, multipart parsing).
        registration.addUrlPatterns("/*");
        registration.setOrder(FilterOrder.REQUEST_LIMITS);
        return registration;
    }
}
