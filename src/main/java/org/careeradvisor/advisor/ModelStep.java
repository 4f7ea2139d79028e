package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.Chunk;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Section;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.RetrievedChunk;
import org.careeradvisor.retrieval.RetrievedStatement;

/**
 * The optional language-model step of the advisor: rewrites follow-ups before retrieval and recomposes grounded
 * answers from the same sections. Without a model (the default) both are no-ops.
 */
public class ModelStep {

    private static final int HISTORY_TURNS = 4;
    /** Statements offered to the model, grouped by section, before the retrieved chunks. */
    private static final int STATEMENTS = 16;

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
        return rewriter.rewrite(message, history)
                .map(analysis::withRetrievalQuery)
                .orElse(analysis);
    }

    /**
     * The model's answer from the best statements (grouped by section, whatever the default answer kept) and the
     * retrieved sections, or the default answer.
     */
    ComposedAnswer compose(
            String question,
            Intent intent,
            List<Turn> history,
            List<RoleDocument> roles,
            ComposedAnswer fallback,
            Evidence evidence,
            AnswerStream stream) {
        if (composer == null) {
            return fallback;
        }
        Map<String, Source> sourcesByLabel = new LinkedHashMap<>();
        List<ModelComposer.LabelledSection> sections = sections(fallback, evidence, sourcesByLabel);
        List<String> earlier = history.stream()
                .skip(Math.max(0, history.size() - HISTORY_TURNS))
                .map(Turn::question)
                .toList();
        ModelComposer.ModelRequest request = new ModelComposer.ModelRequest(
                intent,
                question,
                earlier,
                roles.stream().map(RoleDocument::title).toList(),
                sections,
                fallback.markdown());
        Optional<ModelComposer.ModelAnswer> answer = composer.compose(request, stream);
        if (answer.isEmpty()) {
            return fallback;
        }
        List<Source> cited = answer.get().citedLabels().stream()
                .filter(sourcesByLabel::containsKey)
                .map(sourcesByLabel::get)
                .distinct()
                .toList();
        return new ComposedAnswer(answer.get().markdown(), cited.isEmpty() ? fallback.sources() : cited);
    }

    /**
     * The best statements first, one labelled section per role section they come from (in the order of each
     * section's best statement), then the retrieved chunks; each with the source it is cited as.
     */
    private static List<ModelComposer.LabelledSection> sections(
            ComposedAnswer fallback, Evidence evidence, Map<String, Source> sourcesByLabel) {
        Map<String, Double> relevance = evidence.relevanceBySection();
        // The sections the default answer quoted come first, whole, so the model can always say what it said.
        Map<String, List<Statement>> bySection = new LinkedHashMap<>();
        for (Source source : fallback.sources()) {
            evidence.index().knowledge().statements().stream()
                    .filter(statement -> statement.roleTitle().equals(source.role())
                            && (statement.section().equals(source.section())
                                    || statement.section().startsWith(source.section() + " > ")))
                    .forEach(statement -> bySection
                            .computeIfAbsent(RoleSections.key(statement), key -> new ArrayList<>())
                            .add(statement));
        }
        evidence.statements().stream()
                .limit(STATEMENTS)
                .map(RetrievedStatement::statement)
                .filter(statement -> !bySection.containsKey(RoleSections.key(statement))
                        || !bySection.get(RoleSections.key(statement)).contains(statement))
                .forEach(statement -> bySection
                        .computeIfAbsent(RoleSections.key(statement), key -> new ArrayList<>())
                        .add(statement));
        List<ModelComposer.LabelledSection> labelled = new ArrayList<>();
        for (List<Statement> group : bySection.values()) {
            List<Statement> statements = group.stream()
                    .sorted(java.util.Comparator.comparingInt(Statement::position))
                    .toList();
            Statement first = statements.get(0);
            Optional<RoleDocument> role = evidence.index().knowledge().role(first.roleId());
            if (role.isEmpty()) {
                continue;
            }
            String body = statements.stream()
                    .map(statement -> (statement.listItem() ? "- " : "") + statement.quote())
                    .collect(Collectors.joining("\n"));
            Section section = new Section(first.headingPath(), body, first.sourceFile(), List.of());
            String label = "S" + (labelled.size() + 1);
            labelled.add(
                    new ModelComposer.LabelledSection(label, Chunk.of(first.position(), role.get(), section, body)));
            sourcesByLabel.put(label, Sources.of(statements, relevance.getOrDefault(RoleSections.key(first), 0.0)));
        }
        // A chunk of a section the statements above already give whole would only repeat them.
        Set<String> covered = new java.util.HashSet<>(bySection.keySet());
        for (RetrievedChunk result : evidence.chunks()) {
            Chunk chunk = result.chunk();
            if (covered.add(RoleSections.key(chunk.roleId(), chunk.headingPath())) && covered.add(chunk.id())) {
                String label = "S" + (labelled.size() + 1);
                labelled.add(new ModelComposer.LabelledSection(label, chunk));
                sourcesByLabel.put(label, Sources.of(chunk, chunk.body(), result.relevance()));
            }
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
        public void begin(String conversationId, String messageId, ConversationStart conversation, Intent intent) {
            target.begin(conversationId, messageId, conversation, intent);
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
