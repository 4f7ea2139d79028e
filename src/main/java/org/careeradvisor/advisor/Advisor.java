package org.careeradvisor.advisor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careeradvisor.conversation.ConversationIds;
import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.RetrievalMode;
import org.careeradvisor.retrieval.RetrievedChunk;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.careeradvisor.retrieval.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The channel-agnostic heart of the bot: understands a message in its conversation, retrieves the sections that
 * answer it, composes a grounded answer with sources and suggestions through the capability asked for, and
 * remembers the turn.
 */
public class Advisor {

    private static final Logger log = LoggerFactory.getLogger(Advisor.class);
    static final String TRAITS_NOTE =
            "_Role requirements say nothing about age, gender, nationality or other personal traits, "
                    + "and neither does this advice: here is what the role itself asks for._\n\n";

    private final SearchIndexHolder indexes;
    private final ConversationMemory memory;
    private final QuestionAnalyzer analyzer;
    private final Capabilities capabilities;
    private final SuggestionGenerator suggestions;
    private final ModelStep model;
    private final AdvisorMetrics metrics;
    private final Replies replies = new Replies();
    private final FollowUps followUps;
    private final Synonyms synonyms;

    public Advisor(
            SearchIndexHolder indexes,
            ConversationMemory memory,
            QuestionAnalyzer analyzer,
            Capabilities capabilities,
            SuggestionGenerator suggestions,
            ModelStep model,
            AdvisorMetrics metrics,
            QuestionWords words) {
        this.indexes = indexes;
        this.memory = memory;
        this.analyzer = analyzer;
        this.capabilities = capabilities;
        this.suggestions = suggestions;
        this.model = model;
        this.metrics = metrics;
        this.followUps = new FollowUps(words, analyzer.vocabulary());
        this.synonyms = words.synonyms();
    }

    public Answer ask(AdvisorRequest request) {
        return ask(request, AnswerStream.NONE);
    }

    /** Answers a message, sending the answer's text to the stream as it is composed. */
    public Answer ask(AdvisorRequest request, AnswerStream stream) {
        SearchIndex index = indexes.current();
        ConversationStart start = start(request);
        String conversationId = start == ConversationStart.CONTINUED
                        || (start == ConversationStart.STARTED && request.conversationId() != null)
                ? request.conversationId()
                : ConversationIds.issue();
        String messageId = UUID.randomUUID().toString();
        stream = ModelStep.track(stream);
        long started = System.nanoTime();
        try (var ignored = MDC.putCloseable("conversationId", ConversationIds.forLogs(conversationId))) {
            List<RoleDocument> roles = index.knowledge().roles();
            List<Turn> history = memory.recent(conversationId);
            memory.questionReceived(
                    conversationId, request.channel(), UUID.randomUUID().toString(), request.message());
            boolean explicit = request.intent() != null && request.intent().isCapability();
            // "Dear Sir or Madam, ... Kind regards, Margaret": the letter's frame asks nothing.
            String message = LetterFrame.body(request.message());
            QuestionAnalysis whole = explicit
                    ? analyzer.explicit(request.intent(), request.roleIds(), message, roles)
                    : analyzer.analyze(message, roles, history);
            Optional<Answered> two = explicit ? Optional.empty() : twoQuestions(message, whole, roles, history, index);
            QuestionAnalysis analysis = two.map(Answered::analysis).orElse(whole);
            stream.begin(conversationId, messageId, start, analysis.intent());
            AnswerStream parts = stream;
            Reply reply = two.map(Answered::reply).orElseGet(() -> reply(analysis, roles, index, history, parts));
            if (!(stream instanceof ModelStep.Tracked tracked && tracked.streamed())) {
                AnswerPieces.of(reply.markdown()).forEach(stream::delta);
            }
            Answer answer = new Answer(
                    conversationId,
                    messageId,
                    reply.markdown(),
                    reply.grounded(),
                    reply.intent(analysis),
                    reply.roles().stream().map(RoleDocument::title).toList(),
                    reply.sources(),
                    reply.suggestions(),
                    start);
            memory.append(
                    conversationId,
                    new Turn(
                            messageId,
                            request.message(),
                            answer.answer(),
                            reply.roles().stream().map(RoleDocument::id).toList(),
                            analysis.topic() == null
                                    ? null
                                    : analysis.topic().id().wireName(),
                            answer.grounded(),
                            Instant.now(),
                            answer.intent().wireName(),
                            answer.sources()));
            metrics.answered(
                    request.channel(),
                    answer.intent(),
                    answer.grounded(),
                    java.time.Duration.ofNanos(System.nanoTime() - started));
            log.info(
                    "Answered on {}: intent={} roles={} grounded={} sources={}",
                    request.channel(),
                    answer.intent().wireName(),
                    answer.roles(),
                    answer.grounded(),
                    answer.sources().size());
            return answer;
        }
    }

    private Reply reply(
            QuestionAnalysis analysis,
            List<RoleDocument> roles,
            SearchIndex index,
            List<Turn> history,
            AnswerStream stream) {
        return switch (analysis.intent()) {
            case GREETING -> smallTalk(replies.greeting(roles), roles);
            case THANKS -> smallTalk(replies.thanks(), roles);
            case FAREWELL -> smallTalk(replies.farewell(), roles);
            case HELP -> smallTalk(replies.help(roles), roles);
            case OUT_OF_SCOPE -> notFound(analysis, roles);
            default ->
                analysis.outOfScopeReason() != null
                        ? notFound(analysis, roles).as(analysis.intent())
                        : answer(analysis.text(), analysis, index, history, stream);
        };
    }

    /** A reply and the analysis it answered. */
    private record Answered(QuestionAnalysis analysis, Reply reply) {}

    /**
     * "whats the base salary for an ml data architect? and do i even need more than a bachelors for it": each question
     * answered in turn, the second as a follow-up of the first; empty when the message asks one thing (the second
     * question asks the same of the same roles) or the second one is no question the documents answer, and the message
     * is then answered whole. The answers are not streamed piece by piece.
     */
    private Optional<Answered> twoQuestions(
            String message, QuestionAnalysis whole, List<RoleDocument> roles, List<Turn> history, SearchIndex index) {
        Optional<List<String>> split = AskingPart.twoQuestions(message);
        // The whole message is screened first: "What does Daniel on my team do? And what is the salary for that?" is
        // declined as a whole, whatever its halves would say alone.
        if (split.isEmpty() || !answers(whole)) {
            return Optional.empty();
        }
        QuestionAnalysis first = analyzer.analyze(split.get().get(0), roles, history);
        if (!answers(first)) {
            return Optional.empty();
        }
        // The second is read as the follow-up of the first before anything is answered, so that nothing is composed
        // for a message that turns out to ask one thing.
        QuestionAnalysis second = analyzer.analyze(
                split.get().get(1),
                roles,
                withTurn(history, split.get().get(0), "", first.roles(), first, first.intent(), List.of()));
        // "Which role fits me? What am I missing?" asks one fit; "what does it require? what skills does it need?"
        // asks two questions of one role.
        boolean same = second.intent() == first.intent()
                        && (second.intent() != Intent.QUESTION
                                || java.util.Objects.equals(second.topic(), first.topic())
                                        && second.roles().equals(first.roles()))
                // Two questions of pay are answered together by the pay answer.
                || isPay(first) && isPay(second);
        // "what explains the gap", "need an actual number": the first question's subject again, which the whole
        // message answers; "... could I move to scientist or manager?" sets roles side by side.
        boolean ownSubject = second.topic() != null && !second.topic().fallback() || !second.followUp();
        if (!answers(second) || same || !ownSubject || second.intent() == Intent.COMPARE) {
            return Optional.empty();
        }
        Reply firstReply = answer(first.text(), first, index, history, AnswerStream.NONE);
        if (!firstReply.grounded()) {
            return Optional.empty();
        }
        List<Turn> withFirst = withTurn(
                history,
                split.get().get(0),
                firstReply.markdown(),
                firstReply.roles(),
                first,
                firstReply.intent(first),
                firstReply.sources());
        Reply secondReply = answer(second.text(), second, index, withFirst, AnswerStream.NONE);
        if (!secondReply.grounded() || secondReply.markdown().equals(firstReply.markdown())) {
            return Optional.empty();
        }
        List<RoleDocument> both = java.util.stream.Stream.concat(
                        firstReply.roles().stream(), secondReply.roles().stream())
                .distinct()
                .toList();
        List<org.careeradvisor.conversation.Source> sources = java.util.stream.Stream.concat(
                        firstReply.sources().stream(), secondReply.sources().stream())
                .distinct()
                .toList();
        Reply combined = new Reply(
                firstReply.markdown() + "\n\n" + secondReply.markdown(),
                true,
                sources,
                secondReply.suggestions(),
                both,
                firstReply.intent(first));
        return Optional.of(new Answered(first, combined));
    }

    /** The history with one more turn: a question, its answer, the roles and topic it was about. */
    private static List<Turn> withTurn(
            List<Turn> history,
            String question,
            String answer,
            List<RoleDocument> roles,
            QuestionAnalysis analysis,
            Intent intent,
            List<org.careeradvisor.conversation.Source> sources) {
        List<Turn> turns = new java.util.ArrayList<>(history);
        turns.add(new Turn(
                UUID.randomUUID().toString(),
                question,
                answer,
                roles.stream().map(RoleDocument::id).toList(),
                analysis.topic() == null ? null : analysis.topic().id().wireName(),
                true,
                Instant.now(),
                intent.wireName(),
                sources));
        return turns;
    }

    private static boolean isPay(QuestionAnalysis analysis) {
        return analysis.intent() == Intent.SALARY
                || analysis.topic() != null && analysis.topic().id() == TopicId.SALARY;
    }

    /** Whether an analysed message is a question for the documents, not small talk or one declined. */
    private static boolean answers(QuestionAnalysis analysis) {
        return analysis.outOfScopeReason() == null
                && switch (analysis.intent()) {
                    case GREETING, THANKS, FAREWELL, HELP, OUT_OF_SCOPE -> false;
                    default -> true;
                };
    }

    /**
     * Whether the message continues the conversation it names: a client's id only when this channel issued it, a
     * channel's own name when that conversation is this channel's. A client's unknown id, or a name another channel
     * owns, begins a new conversation under a fresh id; a channel's new name begins one under that name.
     */
    private ConversationStart start(AdvisorRequest request) {
        String named = request.conversationId();
        if (named == null) {
            return ConversationStart.STARTED;
        }
        if (request.fromClient() && !ConversationIds.issuedForm(named)) {
            return ConversationStart.REPLACED;
        }
        java.util.Optional<String> owner = memory.channelOf(named);
        if (owner.filter(request.channel()::equals).isPresent()) {
            return ConversationStart.CONTINUED;
        }
        return request.fromClient() || owner.isPresent() ? ConversationStart.REPLACED : ConversationStart.STARTED;
    }

    /** A job-posting draft for one role, for HR tools; empty when the role is unknown. */
    public java.util.Optional<JobPosting> posting(String roleId) {
        SearchIndex index = indexes.current();
        return index.knowledge()
                .role(roleId)
                .map(role -> capabilities.posting(role, new RoleSections(index.knowledge(), Map.of())));
    }

    private Reply answer(
            String message, QuestionAnalysis original, SearchIndex index, List<Turn> history, AnswerStream stream) {
        QuestionAnalysis rewritten = original.followUp() ? model.rewrite(original, message, history) : original;
        // "and the engineer?" after a question about the scientist asks that question about the engineer.
        Optional<String> carried = rewritten.intent() == Intent.QUESTION || rewritten.intent() == Intent.SALARY
                ? followUps.previousQuestion(message, rewritten.roles(), history, index.knowledge())
                : Optional.empty();
        QuestionAnalysis analysis = carried.map(previous ->
                        rewritten.withRetrievalQuery(rewritten.roles().get(0).title() + ": " + previous))
                .orElse(rewritten);
        String asked = carried.orElse(message);
        // Searched with the synonyms of its words; grounding still judges the question as asked.
        // BM25 reads the synonyms of the question's words; the embedding model knows them already.
        SearchText searched = new SearchText(analysis.retrievalQuery(), synonyms.expand(analysis.retrievalQuery()));
        List<RetrievedChunk> retrieved = index.search(searched, analysis.roleIds(), RetrievalMode.HYBRID);
        Evidence evidence = new Evidence(retrieved, index.statements(searched, analysis.roleIds()), index);
        metrics.retrieved(
                retrieved.stream().mapToDouble(RetrievedChunk::relevance).max().orElse(0));
        RoleSections sections = new RoleSections(index.knowledge(), evidence.relevanceBySection());
        Reply reply = capabilities
                .of(analysis.intent())
                .answer(new Capability.Request(asked, message, analysis, evidence, sections, history));
        if (reply.outside()) {
            return notFound(analysis, index.knowledge().roles());
        }
        ComposedAnswer composed = new ComposedAnswer(reply.markdown(), reply.sources());
        // Questions framed around personal traits keep the deterministic answer, with its note, whatever the model.
        if (reply.grounded() && !analysis.protectedTraits()) {
            composed =
                    model.compose(message, reply.intent(analysis), history, reply.roles(), composed, evidence, stream);
        }
        String text = analysis.protectedTraits() && reply.grounded()
                ? TRAITS_NOTE + composed.markdown()
                : composed.markdown();
        List<String> next =
                reply.grounded() ? suggestions.forRoles(reply.roles(), analysis.topic(), history) : reply.suggestions();
        return new Reply(text, reply.grounded(), composed.sources(), next, reply.roles(), reply.intent());
    }

    private Reply smallTalk(String text, List<RoleDocument> roles) {
        return new Reply(text, false, List.of(), suggestions.starters(roles), List.of(), null);
    }

    private Reply notFound(QuestionAnalysis analysis, List<RoleDocument> roles) {
        return new Reply(
                replies.notFound(analysis, roles),
                false,
                List.of(),
                suggestions.starters(roles),
                List.of(),
                Intent.OUT_OF_SCOPE);
    }
}
