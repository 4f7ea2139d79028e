package org.careeradvisor.advisor;

import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.retrieval.RetrievedChunk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The optional language-model step of the advisor: rewrites follow-ups before retrieval and recomposes grounded
 * answers from the same sections. Without a model (the default) both are no-ops.
 */
public class ModelStep {

    private static final int HISTORY_TURNS = 4;

    private final ModelComposer composer;
    private final QueryRewriter rewriter;

    /** @param composer null without a model; @param rewriter null without a model */
    public ModelStep(ModelComposer composer, QueryRewriter rewriter) {
        this.composer = composer;
        this.rewriter = rewriter;
    }

    public static ModelStep none() {
        return new ModelStep(null, null);
    }

    QuestionAnalysis rewrite(QuestionAnalysis analysis, String message, List<Turn> history) {
        if (rewriter == null) {
            return analysis;
        }
        return rewriter.rewrite(message, history).map(analysis::withRetrievalQuery).orElse(analysis);
    }

    /** The model's answer from the default answer's sections and the retrieved ones, or the default answer. */
    ComposedAnswer compose(String question, Intent intent, List<Turn> history, List<org.careeradvisor.knowledge.RoleDocument> roles,
                           ComposedAnswer fallback, List<RetrievedChunk> retrieved, KnowledgeBase knowledge, AnswerStream stream) {
        if (composer == null) {
            return fallback;
        }
        List<ModelComposer.LabelledSection> sections = sections(fallback, retrieved, knowledge);
        List<String> earlier = history.stream().skip(Math.max(0, history.size() - HISTORY_TURNS)).map(Turn::question).toList();
        ModelComposer.ModelRequest request = new ModelComposer.ModelRequest(intent, question, earlier,
                roles.stream().map(org.careeradvisor.knowledge.RoleDocument::title).toList(), sections, fallback.markdown());
        Optional<ModelComposer.ModelAnswer> answer = composer.compose(request, stream);
        if (answer.isEmpty()) {
            return fallback;
        }
        Map<String, Chunk> byLabel = sections.stream().collect(Collectors.toMap(ModelComposer.LabelledSection::label,
                ModelComposer.LabelledSection::chunk));
        Map<String, Double> relevance = retrieved.stream().collect(Collectors.toMap(result -> result.chunk().id(),
                RetrievedChunk::relevance, Math::max));
        List<Source> cited = answer.get().citedLabels().stream().filter(byLabel::containsKey).map(byLabel::get)
                .map(chunk -> Source.of(chunk, chunk.body(), relevance.getOrDefault(chunk.id(), 0.0)))
                .distinct().toList();
        return new ComposedAnswer(answer.get().markdown(), cited.isEmpty() ? fallback.sources() : cited);
    }

    /** The sections the default answer cited first, then the retrieved ones, each chunk once. */
    private static List<ModelComposer.LabelledSection> sections(ComposedAnswer fallback, List<RetrievedChunk> retrieved,
                                                               KnowledgeBase knowledge) {
        Set<Chunk> chunks = new LinkedHashSet<>();
        for (Source source : fallback.sources()) {
            knowledge.chunks().stream().filter(chunk -> chunk.roleTitle().equals(source.role())
                    && chunk.headingPath().equals(source.section())).forEach(chunks::add);
        }
        retrieved.stream().map(RetrievedChunk::chunk).forEach(chunks::add);
        List<ModelComposer.LabelledSection> labelled = new ArrayList<>();
        for (Chunk chunk : chunks) {
            labelled.add(new ModelComposer.LabelledSection("S" + (labelled.size() + 1), chunk));
        }
        return labelled;
    }

    static AnswerStream track(AnswerStream stream) {
        return stream instanceof Tracked ? stream : new Tracked(stream);
    }

    /** Remembers whether text reached the channel and was not withdrawn. */
    static final class Tracked implements AnswerStream {
        private final AnswerStream target;
        private boolean streamed;

        Tracked(AnswerStream target) {
            this.target = target;
        }

        @Override
        public void begin(String conversationId, String messageId, Intent intent) {
            target.begin(conversationId, messageId, intent);
        }

        @Override
        public void delta(String text) {
            streamed = true;
            target.delta(text);
        }

        @Override
        public void reset() {
            streamed = false;
            target.reset();
        }

        @Override
        public boolean live() {
            return target.live();
        }

        boolean streamed() {
            return streamed;
        }
    }
}
