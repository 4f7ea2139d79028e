package org.careeradvisor.channel.web;

import org.careeradvisor.advisor.AdvisorApi;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link ActuatorAccessFilter} in front of actuator in whichever context serves it: the application's own on the
 * main port, or the child context of the management port ({@code management.server.port}), whose server does not run
 * the application's filters. Loaded through
 * {@code META-INF/spring/org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration.imports}
 * and kept out of component scanning (see {@code CareerAdvisorApplication}).
 */
@ManagementContextConfiguration(value = ManagementContextType.ANY, proxyBeanMethods = false)
class ActuatorAccessConfiguration {

    @Bean
    FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(
            WebEndpointProperties endpoints, AdvisorApi authorization) {
        String basePath = endpoints.getBasePath();
        FilterRegistrationBean<ActuatorAccessFilter> registration =
                new FilterRegistrationBean<>(new ActuatorAccessFilter(basePath, authorization));
        registration.addUrlPatterns(basePath, basePath + "/*");
        registration.setOrder(FilterOrder.ACTUATOR_ACCESS);
        return registration;
    }
}
