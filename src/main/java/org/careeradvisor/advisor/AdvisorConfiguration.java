package org.careeradvisor.advisor;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.retrieval.CachedEmbeddingModel;
import org.careeradvisor.retrieval.EmbeddingCache;
import org.careeradvisor.retrieval.QueryEmbeddingModel;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.careeradvisor.retrieval.TermAnalyzer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the advisor and its parts: the one place they are built, for the application and (through
 * {@link AdvisorFactory}) for tools and tests. The statement composer is the default; another {@link AnswerComposer}
 * bean replaces it. The capabilities are registered in {@link #capabilities}.
 */
@Configuration(proxyBeanMethods = false)
public class AdvisorConfiguration {

    /** The intent examples' embeddings are cached under this name beside the documents'. */
    private static final String INTENT_CACHE = "bge-small-en-v15-q-intents";

    /** Unless one is given: tools and tests share one loaded vocabulary (see {@link AdvisorFactory}). */
    @Bean
    @ConditionalOnMissingBean
    Vocabulary vocabulary() {
        return Vocabulary.load();
    }

    @Bean
    QuestionWords questionWords(Vocabulary vocabulary) {
        return new QuestionWords(new TermAnalyzer(), vocabulary);
    }

    @Bean
    SkillVocabulary skillVocabulary() {
        return SkillVocabulary.load();
    }

    @Bean
    SuggestionGenerator suggestionGenerator(Vocabulary vocabulary) {
        return new SuggestionGenerator(vocabulary);
    }

    @Bean
    GroundingPolicy groundingPolicy(RetrievalProperties retrieval, Vocabulary vocabulary) {
        return new GroundingPolicy(retrieval, vocabulary);
    }

    @Bean
    @ConditionalOnMissingBean(AnswerComposer.class)
    AnswerComposer statementAnswerComposer(QuestionWords words, Vocabulary vocabulary, RetrievalProperties retrieval) {
        return new StatementAnswerComposer(words, vocabulary, retrieval.minStatementRelevance());
    }

    /** Every capability, each answering one {@link Intent}: adding one means a class, its entry here, its examples. */
    @Bean
    Capabilities capabilities(
            Vocabulary vocabulary,
            SkillVocabulary skills,
            SuggestionGenerator suggestions,
            GroundingPolicy grounding,
            AnswerComposer composer,
            QuestionWords words) {
        SalaryComposer salary = new SalaryComposer(vocabulary);
        JobPostingDrafter posting = new JobPostingDrafter(vocabulary, salary);
        QuestionCapability questions = new QuestionCapability(grounding, composer, words, suggestions, vocabulary);
        CareerPathComposer careerPath = new CareerPathComposer(vocabulary);
        return new Capabilities(
                List.of(
                        questions,
                        new OverviewCapability(new OverviewComposer(vocabulary, salary, suggestions)),
                        new CompareCapability(new ComparisonComposer(vocabulary, salary)),
                        new CareerPathCapability(careerPath),
                        new JobPostingCapability(posting),
                        new PayCapability(
                                grounding, new PayComposer(vocabulary, salary), salary, questions, suggestions),
                        new SkillsGapCapability(
                                new SkillsGapAdvisor(vocabulary, skills), careerPath, questions, suggestions)),
                posting);
    }

    /** The message analyzer, with the intent classifier over the index's embedding model and the examples given. */
    @Bean
    QuestionAnalyzer questionAnalyzer(
            SearchIndexHolder indexes, Vocabulary vocabulary, RetrievalProperties retrieval, IntentProperties intents) {
        var exampleEmbeddings =
                new CachedEmbeddingModel(indexes.model(), new EmbeddingCache(indexes.cacheDir(), INTENT_CACHE));
        QuestionAnalyzer analyzer = new QuestionAnalyzer(
                vocabulary,
                new QueryEmbeddingModel(indexes, exampleEmbeddings, retrieval),
                IntentExamples.load(intents),
                indexes);
        indexes.beforeServing(index -> analyzer.prepare(index.knowledge().roles()));
        return analyzer;
    }

    /** The optional language model's steps; without a model both are off. */
    @Bean
    ModelStep modelStep(ObjectProvider<ModelComposer> modelComposer, ObjectProvider<QueryRewriter> rewriter) {
        return new ModelStep(modelComposer.getIfAvailable(), rewriter.getIfAvailable());
    }

    @Bean
    AdvisorMetrics advisorMetrics(MeterRegistry registry) {
        return new AdvisorMetrics(registry);
    }

    @Bean
    Advisor advisor(
            SearchIndexHolder indexes,
            ConversationMemory memory,
            QuestionAnalyzer analyzer,
            Capabilities capabilities,
            SuggestionGenerator suggestions,
            ModelStep model,
            AdvisorMetrics metrics,
            QuestionWords words) {
        return new Advisor(indexes, memory, analyzer, capabilities, suggestions, model, metrics, words);
    }
}
