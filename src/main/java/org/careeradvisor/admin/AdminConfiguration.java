package org.careeradvisor.admin;

import org.careeradvisor.advisor.Administration;
import org.careeradvisor.conversation.AnswerLog;
import org.careeradvisor.feedback.FeedbackStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin API's token check and the HR insights, offered to the advisor as its {@link Administration}. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    AdminAuthorization adminAuthorization(AdminProperties properties) {
        return new AdminAuthorization(properties);
    }

    @Bean
    InsightsQuery insightsQuery(AnswerLog answers, FeedbackStore feedback) {
        return new InsightsQuery(answers, feedback);
    }

    @Bean
    Administration administration(AdminAuthorization authorization, InsightsQuery insights) {
        return new AdminDesk(authorization, insights);
    }
}
