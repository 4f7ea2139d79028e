package org.careeradvisor.advisor;

import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.retrieval.CachedEmbeddingModel;
import org.careeradvisor.retrieval.EmbeddingCache;
import org.careeradvisor.retrieval.QueryEmbeddingModel;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.careeradvisor.retrieval.TermAnalyzer;

/** Assembles an {@link Advisor} from its parts, for the application context, the offline commands and tests alike. */
public final class AdvisorFactory {

    private static final String INTENT_CACHE = "bge-small-en-v15-q-intents";

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
        return create(indexes, memory, vocabulary, retrieval, composer, model, metrics, new QuestionWords(new TermAnalyzer(), vocabulary),
                IntentProperties.defaults());
    }

    /** @param words the question words shared with the composer, so both weigh a question alike */
    public static Advisor create(SearchIndexHolder indexes, ConversationMemory memory, Vocabulary vocabulary,
                                 RetrievalProperties retrieval, AnswerComposer composer, ModelStep model, AdvisorMetrics metrics,
                                 QuestionWords words, IntentProperties intents) {
        SuggestionGenerator suggestions = new SuggestionGenerator(vocabulary);
        AnswerComposer questions = composer != null ? composer
                : new StatementAnswerComposer(words, vocabulary, retrieval.minStatementRelevance());
        return new Advisor(indexes, memory, analyzer(indexes, vocabulary, retrieval, intents),
                new Capabilities(vocabulary, SkillVocabulary.load(), suggestions, new GroundingPolicy(retrieval, vocabulary), questions, words),
                suggestions, model, metrics, words);
    }

    /** The message analyzer, with the intent classifier over the index's embedding model and the examples configured. */
    public static QuestionAnalyzer analyzer(SearchIndexHolder indexes, Vocabulary vocabulary, RetrievalProperties retrieval,
                                            IntentProperties intents) {
        IntentExamples examples = IntentExamples.load(intents);
        var exampleEmbeddings = new CachedEmbeddingModel(indexes.model(), new EmbeddingCache(indexes.cacheDir(), INTENT_CACHE));
        QuestionAnalyzer analyzer = new QuestionAnalyzer(vocabulary, new QueryEmbeddingModel(indexes, exampleEmbeddings, retrieval),
                examples, indexes);
        indexes.beforeServing(index -> analyzer.prepare(index.knowledge().roles()));
        return analyzer;
    }
}
