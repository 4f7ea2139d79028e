package org.careeradvisor.advisor;

import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.feedback.FeedbackService;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.careeradvisor.retrieval.TermAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the advisor. The statement composer is the default; another {@link AnswerComposer} bean replaces it.
 */
@Configuration(proxyBeanMethods = false)
public class AdvisorConfiguration {

    @Bean
    Vocabulary vocabulary() {
        return Vocabulary.load();
    }

    @Bean
    QuestionWords questionWords(Vocabulary vocabulary) {
        return new QuestionWords(new TermAnalyzer(), vocabulary);
    }

    @Bean
    @ConditionalOnMissingBean(AnswerComposer.class)
    AnswerComposer statementAnswerComposer(QuestionWords words, Vocabulary vocabulary, RetrievalProperties retrieval) {
        return new StatementAnswerComposer(words, vocabulary, retrieval.minStatementRelevance());
    }

    @Bean
    AdvisorApi advisorApi(Advisor advisor, SearchIndexHolder indexes, ConversationMemory memory, FeedbackService feedback,
                          Administration administration) {
        return new AdvisorApi(advisor, indexes, memory, feedback, administration);
    }

    @Bean
    Advisor advisor(SearchIndexHolder indexes, ConversationMemory memory, Vocabulary vocabulary, RetrievalProperties retrieval,
                    AnswerComposer composer, ObjectProvider<ModelComposer> modelComposer, ObjectProvider<QueryRewriter> rewriter,
                    MeterRegistry registry, QuestionWords words, IntentProperties intents) {
        ModelStep model = new ModelStep(modelComposer.getIfAvailable(), rewriter.getIfAvailable());
        return AdvisorFactory.create(indexes, memory, vocabulary, retrieval, composer, model, new AdvisorMetrics(registry), words, intents);
    }
}
