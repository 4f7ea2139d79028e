package org.careeradvisor.advisor;

import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.RetrievalMode;
import org.careeradvisor.retrieval.RetrievedChunk;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The channel-agnostic heart of the bot: understands a message in its conversation, retrieves the sections
 * that answer it, composes a grounded answer with sources and suggestions, and remembers the turn.
 */
public class Advisor {

    private static final Logger log = LoggerFactory.getLogger(Advisor.class);

    private final SearchIndexHolder indexes;
    private final ConversationMemory memory;
    private final QuestionAnalyzer analyzer;
    private final GroundingPolicy grounding;
    private final AnswerComposer composer;
    private final SuggestionGenerator suggestions;
    private final Replies replies = new Replies();

    public Advisor(SearchIndexHolder indexes, ConversationMemory memory, QuestionAnalyzer analyzer,
                   GroundingPolicy grounding, AnswerComposer composer, SuggestionGenerator suggestions) {
        this.indexes = indexes;
        this.memory = memory;
        this.analyzer = analyzer;
        this.grounding = grounding;
        this.composer = composer;
        this.suggestions = suggestions;
    }

    public Answer ask(AdvisorRequest request) {
        SearchIndex index = indexes.current();
        String conversationId = request.conversationId() != null ? request.conversationId() : UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        try (var ignored = MDC.putCloseable("conversationId", conversationId)) {
            List<RoleDocument> roles = index.knowledge().roles();
            List<Turn> history = memory.recent(conversationId);
            QuestionAnalysis analysis = analyzer.analyze(request.message(), roles, history);
            Answer answer = switch (analysis.intent()) {
                case GREETING -> smallTalk(conversationId, messageId, analysis, replies.greeting(roles), roles);
                case THANKS -> smallTalk(conversationId, messageId, analysis, replies.thanks(), roles);
                case HELP -> smallTalk(conversationId, messageId, analysis, replies.help(roles), roles);
                case OUT_OF_SCOPE -> notFound(conversationId, messageId, analysis, roles);
                case QUESTION -> answer(conversationId, messageId, request.message(), analysis, index, history);
            };
            List<String> answeredRoleIds = roles.stream().filter(role -> answer.roles().contains(role.title()))
                    .map(RoleDocument::id).toList();
            memory.append(conversationId, new Turn(messageId, request.message(), answer.answer(), answeredRoleIds,
                    analysis.topic() == null ? null : analysis.topic().id(), answer.grounded(), Instant.now()));
            log.info("Answered on {}: intent={} roles={} topic={} grounded={} sources={}", request.channel(),
                    answer.intent(), answer.roles(), analysis.topic() == null ? "-" : analysis.topic().id(),
                    answer.grounded(), answer.sources().size());
            return answer;
        }
    }

    private Answer answer(String conversationId, String messageId, String message, QuestionAnalysis analysis,
                          SearchIndex index, List<Turn> history) {
        Topic topic = analysis.topic();
        if (topic != null && topic.strict() && !analysis.roles().isEmpty()
                && analysis.roles().stream().noneMatch(topic::coveredBy)) {
            RoleDocument role = analysis.roles().get(0);
            String text = replies.notCovered(analysis.roles(), topic, suggestions.answerableTopics(role));
            return new Answer(conversationId, messageId, text, false, Intent.QUESTION,
                    analysis.roles().stream().map(RoleDocument::title).toList(), List.of(),
                    suggestions.forRoles(analysis.roles(), topic, history));
        }
        List<RetrievedChunk> retrieved = index.search(analysis.retrievalQuery(), analysis.roleIds(), RetrievalMode.HYBRID);
        if (!grounding.isGrounded(analysis, retrieved, index)) {
            return notFound(conversationId, messageId, analysis, index.knowledge().roles());
        }
        ComposedAnswer composed = composer.compose(message, analysis, retrieved);
        List<RoleDocument> answeredRoles = analysis.roles().isEmpty()
                ? composed.sources().stream().map(Source::role).distinct()
                        .flatMap(title -> index.knowledge().roles().stream().filter(role -> role.title().equals(title)))
                        .toList()
                : analysis.roles();
        QuestionAnalysis effective = analysis.roles().isEmpty()
                ? new QuestionAnalysis(analysis.intent(), answeredRoles, analysis.topic(), analysis.followUp(),
                        analysis.retrievalQuery(), null, null)
                : analysis;
        return new Answer(conversationId, messageId, composed.markdown(), true, Intent.QUESTION,
                effective.roles().stream().map(RoleDocument::title).toList(), composed.sources(),
                suggestions.forRoles(effective.roles(), analysis.topic(), history));
    }

    private Answer smallTalk(String conversationId, String messageId, QuestionAnalysis analysis, String text,
                             List<RoleDocument> roles) {
        return new Answer(conversationId, messageId, text, false, analysis.intent(), List.of(), List.of(),
                suggestions.starters(roles));
    }

    private Answer notFound(String conversationId, String messageId, QuestionAnalysis analysis, List<RoleDocument> roles) {
        return new Answer(conversationId, messageId, replies.notFound(analysis, roles), false, Intent.OUT_OF_SCOPE,
                List.of(), List.of(), suggestions.starters(roles));
    }
}
