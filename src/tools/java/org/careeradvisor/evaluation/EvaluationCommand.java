package org.careeradvisor.evaluation;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.advisor.AdvisorFactory;
import org.careeradvisor.advisor.GroundingPolicy;
import org.careeradvisor.advisor.IntentProperties;
import org.careeradvisor.advisor.Vocabulary;
import org.careeradvisor.conversation.ConversationProperties;
import org.careeradvisor.conversation.InMemoryConversationMemory;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.KnowledgeLoader;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.careeradvisor.retrieval.EmbeddingCache;
import org.careeradvisor.retrieval.RetrievalMode;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.SearchIndexHolder;

/**
 * {@code java -jar career-advisor-tools.jar evaluate [knowledge-dir]}: prints recall@1, recall@3 and MRR of dense-only,
 * BM25-only and hybrid retrieval (dense with and without bge's query instruction) on the evaluation set,
 * and how well grounding separates answerable from off-topic questions.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {}

    public static int run(String[] args) throws Exception {
        PrintStream out = System.out;
        KnowledgeProperties knowledgeProperties =
                KnowledgeProperties.of(args.length > 0 ? Map.of("dir", args[0]) : Map.of());
        KnowledgeBase knowledge = new KnowledgeLoader(knowledgeProperties).load();
        var model = new BgeSmallEnV15QuantizedEmbeddingModel();
        var cache = new EmbeddingCache(Path.of(knowledgeProperties.cacheDir()), "bge-small-en-v15-q");
        RetrievalProperties withInstruction = RetrievalProperties.defaults();
        RetrievalProperties withoutInstruction = withInstruction.withQueryInstruction("");
        SearchIndex prefixed = SearchIndex.build(knowledge, model, cache, withInstruction);
        SearchIndex plain = SearchIndex.build(knowledge, model, cache, withoutInstruction);

        EvaluationSet set = EvaluationSet.load();
        Vocabulary vocabulary = Vocabulary.load();
        SearchIndexHolder holder = SearchIndexHolder.standalone(knowledgeProperties, withInstruction, model);
        holder.rebuild();
        RetrievalEvaluation evaluation = new RetrievalEvaluation(
                AdvisorFactory.analyzer(holder, vocabulary, withInstruction, IntentProperties.defaults()),
                new GroundingPolicy(withInstruction, vocabulary));

        out.printf(
                Locale.ROOT,
                "%nRetrieval evaluation: %d questions, %d roles, %d chunks, top-%d%n%n",
                set.questions().size(),
                knowledge.roles().size(),
                knowledge.chunks().size(),
                withInstruction.topK());
        out.println("| retriever | recall@1 | recall@3 | MRR |");
        out.println("|---|---|---|---|");
        print(out, "dense (no query instruction)", evaluation.score(plain, set, RetrievalMode.DENSE));
        print(out, "dense (bge query instruction)", evaluation.score(prefixed, set, RetrievalMode.DENSE));
        print(out, "BM25", evaluation.score(prefixed, set, RetrievalMode.LEXICAL));
        print(out, "hybrid (no query instruction)", evaluation.score(plain, set, RetrievalMode.HYBRID));
        print(out, "hybrid (bge query instruction)", evaluation.score(prefixed, set, RetrievalMode.HYBRID));

        RetrievalEvaluation.Grounding grounding = evaluation.grounding(prefixed, set);
        out.printf(
                Locale.ROOT,
                "%nGrounding: %.1f%% of in-domain questions answered, %.1f%% of %d off-topic questions refused%n",
                grounding.answeredInDomain() * 100,
                grounding.refusedOffTopic() * 100,
                set.offTopic().size());
        grounding.unanswered().forEach(question -> out.println("  in-domain but not answered: " + question));
        grounding.answeredOffTopic().forEach(question -> out.println("  off-topic but answered: " + question));

        Advisor advisor = AdvisorFactory.create(
                holder,
                new InMemoryConversationMemory(ConversationProperties.defaults()),
                vocabulary,
                withInstruction,
                null);
        IntentEvaluationSet intents = IntentEvaluationSet.load();
        IntentEvaluation.Report report = new IntentEvaluation(advisor).run(intents);
        out.printf(
                Locale.ROOT,
                "%nCapabilities: %d cases (right intent, right grounding, every expected fact in the answer)%n%n",
                intents.cases().size());
        out.println("| intent | cases | passed | accuracy |");
        out.println("|---|---|---|---|");
        report.byIntent()
                .forEach((intent, counts) -> out.printf(
                        Locale.ROOT,
                        "| %s | %d | %d | %.0f%% |%n",
                        intent,
                        counts[1],
                        counts[0],
                        100.0 * counts[0] / counts[1]));
        report.failures().forEach(failure -> out.println("  failed: " + failure));
        IntentsCommand.print(out, advisor, true);
        return 0;
    }

    private static void print(PrintStream out, String name, RetrievalEvaluation.Scores scores) {
        out.printf(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.3f |%n",
                name,
                scores.recallAt1(),
                scores.recallAt3(),
                scores.mrr());
    }
}
