package org.careeradvisor.channel.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-client cap on requests in progress and the body deadline on the main port (see {@link InFlightLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionLimitsConfiguration {

    /** Right after CORS (which reads no body, and must decorate the 429), before anything that reads the body. */
    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimitFilter(
            ConnectionProperties properties, MeterRegistry registry) {
        FilterRegistrationBean<InFlightLimitFilter> registration =
                new FilterRegistrationBean<>(new InFlightLimitFilter(properties, registry));
        registration.setOrder(FilterOrder.IN_FLIGHT_LIMIT);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodyValve() {
        return factory -> factory.addContextValves(new UnreadBodyValve());
    }

    /**
     * {@code 100 Continue} only when the application starts reading the body: a request the filters refuse (too large,
     * over a limit) gets its answer without having been invited to send the body first.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnRead() {
        return factory ->
                factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
