package org.careeradvisor.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin API's token check and the HR insights query. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    AdminAuthorization adminAuthorization(AdminProperties properties) {
        return new AdminAuthorization(properties);
    }

    @Bean
    InsightsQuery insightsQuery(JdbcClient jdbc) {
        return new InsightsQuery(jdbc);
    }
}
