package org.careeradvisor.advisor;

import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.feedback.FeedbackService;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channels' entry point, apart from {@link AdvisorConfiguration} so that tools can build an advisor alone. */
@Configuration(proxyBeanMethods = false)
class AdvisorApiConfiguration {

    @Bean
    AdvisorApi advisorApi(
            Advisor advisor,
            SearchIndexHolder indexes,
            ConversationMemory memory,
            FeedbackService feedback,
            Administration administration) {
        return new AdvisorApi(advisor, indexes, memory, feedback, administration);
    }
}
