package org.careeradvisor.advisor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * An advisor outside the application, for the offline commands and tests: built by {@link AdvisorConfiguration} in a
 * context of its own around the parts given, so that it is wired exactly as the application wires it.
 */
public final class AdvisorFactory {

    private AdvisorFactory() {}

    /**
     * An advisor without a language model.
     *
     * @param composer the composer for plain questions, or null for the default statement composer
     */
    public static Advisor create(
            SearchIndexHolder indexes,
            ConversationMemory memory,
            Vocabulary vocabulary,
            RetrievalProperties retrieval,
            AnswerComposer composer) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(SearchIndexHolder.class, () -> indexes, definition -> definition.setDestroyMethodName(""));
        context.registerBean(ConversationMemory.class, () -> memory);
        context.registerBean(Vocabulary.class, () -> vocabulary);
        context.registerBean(RetrievalProperties.class, () -> retrieval);
        context.registerBean(IntentProperties.class, IntentProperties::defaults);
        context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
        if (composer != null) {
            context.registerBean(AnswerComposer.class, () -> composer);
        }
        context.register(AdvisorConfiguration.class);
        context.refresh();
        return context.getBean(Advisor.class);
    }

    /** The message analyzer alone, as the application builds it. */
    public static QuestionAnalyzer analyzer(
            SearchIndexHolder indexes, Vocabulary vocabulary, RetrievalProperties retrieval, IntentProperties intents) {
        return new AdvisorConfiguration().questionAnalyzer(indexes, vocabulary, retrieval, intents);
    }
}
