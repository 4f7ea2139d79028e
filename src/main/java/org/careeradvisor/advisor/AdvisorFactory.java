package org.careeradvisor.advisor;

import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.careeradvisor.retrieval.TermAnalyzer;

/** Assembles an {@link Advisor} from its parts, for the application context, the offline commands and tests alike. */
public final class AdvisorFactory {

    private AdvisorFactory() {
    }

    /** An advisor without a language model, with the default statement composer. */
    public static Advisor create(SearchIndexHolder indexes, ConversationMemory memory, Vocabulary vocabulary,
                                 RetrievalProperties retrieval, AnswerComposer composer) {
        return create(indexes, memory, vocabulary, retrieval, composer, ModelStep.none(), AdvisorMetrics.none());
    }

    /** @param composer the composer for plain questions, or null for the default statement composer */
    public static Advisor create(SearchIndexHolder indexes, ConversationMemory memory, Vocabulary vocabulary,
                                 RetrievalProperties retrieval, AnswerComposer composer, ModelStep model, AdvisorMetrics metrics) {
        return create(indexes, memory, vocabulary, retrieval, composer, model, metrics, new QuestionWords(new TermAnalyzer(), vocabulary));
    }

    /** @param words the question words shared with the composer, so both weigh a question alike */
    public static Advisor create(SearchIndexHolder indexes, ConversationMemory memory, Vocabulary vocabulary,
                                 RetrievalProperties retrieval, AnswerComposer composer, ModelStep model, AdvisorMetrics metrics,
                                 QuestionWords words) {
        SuggestionGenerator suggestions = new SuggestionGenerator(vocabulary);
        AnswerComposer questions = composer != null ? composer
                : new StatementAnswerComposer(words, vocabulary, retrieval.minStatementRelevance());
        return new Advisor(indexes, memory, new QuestionAnalyzer(vocabulary), new GroundingPolicy(retrieval, vocabulary),
                questions, new Capabilities(vocabulary, SkillVocabulary.load(), suggestions), suggestions, model, metrics, words);
    }
}
