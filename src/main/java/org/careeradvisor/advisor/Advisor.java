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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The channel-agnostic heart of the bot: understands a message in its conversation, retrieves the sections that
 * answer it, composes a grounded answer with sources and suggestions through the capability asked for, and
 * remembers the turn.
 */
public class Advisor {

    private static final Logger log = LoggerFactory.getLogger(Advisor.class);
    static final String TRAITS_NOTE = "_Role requirements say nothing about age, gender, nationality or other personal traits, "
            + "and neither does this advice: here is what the role itself asks for._\n\n";

    private final SearchIndexHolder indexes;
    private final ConversationMemory memory;
    private final QuestionAnalyzer analyzer;
    private final GroundingPolicy grounding;
    private final AnswerComposer composer;
    private final Capabilities capabilities;
    private final SuggestionGenerator suggestions;
    private final ModelStep model;
    private final AdvisorMetrics metrics;
    private final Replies replies = new Replies();
    private final FollowUps followUps;
    private final Synonyms synonyms;
    private final QuestionWords words;

    public Advisor(SearchIndexHolder indexes, ConversationMemory memory, QuestionAnalyzer analyzer, GroundingPolicy grounding,
                   AnswerComposer composer, Capabilities capabilities, SuggestionGenerator suggestions, ModelStep model,
                   AdvisorMetrics metrics, QuestionWords words) {
        this.indexes = indexes;
        this.memory = memory;
        this.analyzer = analyzer;
        this.grounding = grounding;
        this.composer = composer;
        this.capabilities = capabilities;
        this.suggestions = suggestions;
        this.model = model;
        this.metrics = metrics;
        this.followUps = new FollowUps(words, analyzer.vocabulary());
        this.synonyms = words.synonyms();
        this.words = words;
    }

    public Answer ask(AdvisorRequest request) {
        return ask(request, AnswerStream.NONE);
    }

    /** Answers a message, sending the answer's text to the stream as it is composed. */
    public Answer ask(AdvisorRequest request, AnswerStream stream) {
        SearchIndex index = indexes.current();
        String conversationId = request.conversationId() != null ? request.conversationId() : UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        stream = ModelStep.track(stream);
        long started = System.nanoTime();
        try (var ignored = MDC.putCloseable("conversationId", conversationId)) {
            List<RoleDocument> roles = index.knowledge().roles();
            List<Turn> history = memory.recent(conversationId);
            memory.questionReceived(conversationId, request.channel(), UUID.randomUUID().toString(), request.message());
            QuestionAnalysis analysis = analyzer.analyze(request.message(), roles, history);
            stream.begin(conversationId, messageId, analysis.intent());
            Reply reply = switch (analysis.intent()) {
                case GREETING -> smallTalk(replies.greeting(roles), roles);
                case THANKS -> smallTalk(replies.thanks(), roles);
                case HELP -> smallTalk(replies.help(roles), roles);
                case OUT_OF_SCOPE -> notFound(analysis, roles);
                default -> answer(analysis.text(), analysis, index, history, stream);
            };
            if (!(stream instanceof ModelStep.Tracked tracked && tracked.streamed())) {
                AnswerPieces.of(reply.markdown()).forEach(stream::delta);
            }
            Answer answer = new Answer(conversationId, messageId, reply.markdown(), reply.grounded(), reply.intent(analysis),
                    reply.roles().stream().map(RoleDocument::title).toList(), reply.sources(), reply.suggestions());
            memory.append(conversationId, new Turn(messageId, request.message(), answer.answer(),
                    reply.roles().stream().map(RoleDocument::id).toList(),
                    analysis.topic() == null ? null : analysis.topic().id(), answer.grounded(), Instant.now(),
                    answer.intent().wireName(), answer.sources().stream().map(source -> new Turn.Cited(source.role(),
                            source.section(), source.document(), source.score(), source.excerpt())).toList()));
            metrics.answered(request.channel(), answer.intent(), answer.grounded(), java.time.Duration.ofNanos(System.nanoTime() - started));
            log.info("Answered on {}: intent={} roles={} grounded={} sources={}", request.channel(), answer.intent().wireName(),
                    answer.roles(), answer.grounded(), answer.sources().size());
            return answer;
        }
    }

    /** A job-posting draft for one role, for HR tools; empty when the role is unknown. */
    public java.util.Optional<JobPosting> posting(String roleId) {
        SearchIndex index = indexes.current();
        return index.knowledge().role(roleId).map(role -> capabilities.posting(role, new RoleSections(index.knowledge(), Map.of())));
    }

    private Reply answer(String message, QuestionAnalysis original, SearchIndex index, List<Turn> history, AnswerStream stream) {
        QuestionAnalysis rewritten = original.followUp() ? model.rewrite(original, message, history) : original;
        // "and the engineer?" after a question about the scientist asks that question about the engineer.
        Optional<String> carried = rewritten.intent() == Intent.QUESTION || rewritten.intent() == Intent.SALARY
                ? followUps.previousQuestion(message, rewritten.roles(), history, index.knowledge()) : Optional.empty();
        QuestionAnalysis analysis = carried.map(previous -> rewritten.withRetrievalQuery(
                rewritten.roles().get(0).title() + ": " + previous)).orElse(rewritten);
        String asked = carried.orElse(message);
        // Searched with the synonyms of its words; grounding still judges the question as asked.
        String searched = synonyms.expand(analysis.retrievalQuery());
        List<RetrievedChunk> retrieved = index.search(searched, analysis.roleIds(), RetrievalMode.HYBRID);
        Evidence evidence = new Evidence(retrieved, index.statements(searched, analysis.roleIds()), index);
        metrics.retrieved(retrieved.stream().mapToDouble(RetrievedChunk::relevance).max().orElse(0));
        RoleSections sections = new RoleSections(index.knowledge(), evidence.relevanceBySection());
        List<RoleDocument> named = analysis.roles();
        Reply reply = switch (analysis.intent()) {
            case OVERVIEW -> Reply.grounded(capabilities.overview(named.get(0), sections), named);
            case COMPARE -> Reply.grounded(capabilities.compare(named, sections), named);
            case CAREER_PATH -> Reply.grounded(capabilities.careerPath(named.get(0), sections), named);
            case JOB_POSTING -> {
                JobPosting posting = capabilities.posting(named.get(0), sections);
                yield Reply.grounded(new ComposedAnswer(JobPostingDrafter.markdown(posting), posting.sources()), named);
            }
            case SKILLS_GAP -> skillsGap(asked, analysis, evidence, history, sections);
            // A pay follow-up ("and plain data architects?", "what about stock?") names what it asks itself.
            case SALARY -> salary(message, analysis, evidence, sections);
            default -> question(asked, analysis, evidence, null);
        };
        if (reply == null) {
            return notFound(analysis, index.knowledge().roles());
        }
        ComposedAnswer composed = new ComposedAnswer(reply.markdown(), reply.sources());
        // Questions framed around personal traits keep the deterministic answer, with its note, whatever the model.
        if (reply.grounded() && !analysis.protectedTraits()) {
            composed = model.compose(message, reply.intent(analysis), history, reply.roles(), composed, evidence, stream);
        }
        String text = analysis.protectedTraits() && reply.grounded() ? TRAITS_NOTE + composed.markdown() : composed.markdown();
        List<String> next = reply.grounded() ? suggestions.forRoles(reply.roles(), analysis.topic(), history) : reply.suggestions();
        return new Reply(text, reply.grounded(), composed.sources(), next, reply.roles(), reply.intent());
    }

    private Reply salary(String message, QuestionAnalysis analysis, Evidence evidence, RoleSections sections) {
        SearchIndex index = evidence.index();
        List<RoleDocument> roles = analysis.roles();
        if (roles.isEmpty()) {
            roles = evidence.chunks().stream().map(result -> result.chunk().roleId()).distinct()
                    .flatMap(id -> index.knowledge().role(id).stream()).filter(role -> capabilities.hasPay(role, sections))
                    .limit(1).toList();
            if (roles.isEmpty()) {
                return question(message, analysis, evidence, Intent.SALARY);
            }
        } else if (roles.stream().noneMatch(role -> capabilities.hasPay(role, sections))) {
            Topic topic = analysis.topic();
            List<String> paid = index.knowledge().roles().stream().filter(role -> capabilities.hasPay(role, sections))
                    .map(RoleDocument::title).toList();
            String text = replies.notCovered(roles, topic, suggestions.answerableTopics(roles.get(0)))
                    + (paid.isEmpty() ? "" : "\n\nPay figures are in the documents of: " + String.join(", ", paid) + ".");
            return new Reply(text, false, List.of(), suggestions.forRoles(roles, topic, List.of()), roles, Intent.SALARY);
        }
        // Grounded on the question as asked: a role found only through the search must not vouch for it.
        if (!grounding.isGrounded(analysis, evidence.chunks(), index)) {
            return null;
        }
        ComposedAnswer pay = capabilities.pay(message, roles, sections, index.knowledge());
        return new Reply(pay.markdown(), pay.grounded(), pay.sources(), List.of(), roles, null);
    }

    private Reply skillsGap(String message, QuestionAnalysis analysis, Evidence evidence, List<Turn> history, RoleSections sections) {
        SearchIndex index = evidence.index();
        List<String> messages = new ArrayList<>(history.stream().map(Turn::question).toList());
        messages.add(message);
        List<RoleDocument> candidates = analysis.roles().isEmpty() ? index.knowledge().roles() : analysis.roles();
        ComposedAnswer composed = capabilities.skillsGap(messages, candidates, sections);
        List<RoleDocument> fitted = candidates.stream()
                .filter(role -> composed.sources().stream().anyMatch(source -> source.role().equals(role.title()))).toList();
        if (composed.sources().isEmpty() && !analysis.roles().isEmpty()) {
            // "student here - what should I study to become an ML data architect?" describes no background to match:
            // it asks what the role's document says.
            Reply answered = question(message, analysis, evidence, Intent.QUESTION);
            if (answered != null) {
                return answered;
            }
        }
        return composed.sources().isEmpty()
                ? new Reply(composed.markdown(), false, List.of(), suggestions.starters(index.knowledge().roles()), List.of(), Intent.SKILLS_GAP)
                : Reply.grounded(composed, fitted);
    }

    /** @param intent the intent to report, or null for the analysed one */
    private Reply question(String message, QuestionAnalysis analysis, Evidence evidence, Intent intent) {
        SearchIndex index = evidence.index();
        if (!grounding.isGrounded(analysis, evidence.chunks(), index)) {
            return null;
        }
        // "List the requirements for X": the topic as a whole, every list of its sections, not the one line likest it.
        ComposedAnswer composed = wholeTopic(message, analysis, index).orElseGet(() -> composer.compose(message, analysis, evidence));
        List<RoleDocument> answered = analysis.roles().isEmpty()
                ? composed.sources().stream().map(Source::role).distinct()
                        .flatMap(title -> index.knowledge().roles().stream().filter(role -> role.title().equals(title))).toList()
                : analysis.roles();
        if (!composed.grounded()) {
            log.info("Knowledge gap: roles={} topic={}", analysis.roleIds(), analysis.topic() == null ? null : analysis.topic().id());
            List<String> next = suggestions.forRoles(answered, null, List.of());
            return new Reply(composed.markdown(), false, List.of(), next, answered, intent != null ? intent : Intent.QUESTION);
        }
        Reply reply = Reply.grounded(composed, answered);
        return intent == null ? reply : new Reply(reply.markdown(), true, reply.sources(), List.of(), answered, intent);
    }

    private Optional<ComposedAnswer> wholeTopic(String message, QuestionAnalysis analysis, SearchIndex index) {
        Topic topic = analysis.topic();
        QuestionShape shape = QuestionShape.of(message);
        if (analysis.roles().size() != 1 || topic == null || topic.fallback() || topic.strict() || shape.yesNo() || shape.figure()
                || !shape.list()) {
            return Optional.empty();
        }
        java.util.Set<String> asked = words.content(message, analysis.roles(), index.knowledge());
        java.util.Set<String> cues = new java.util.HashSet<>();
        topic.cues().forEach(cue -> cues.addAll(words.analyzer().terms(cue)));
        if (asked.isEmpty() || !cues.containsAll(asked)) {
            return Optional.empty();
        }
        RoleDocument role = analysis.roles().get(0);
        RoleSections sections = new RoleSections(index.knowledge(), java.util.Map.of());
        List<org.careeradvisor.knowledge.Statement> units = sections.units(role, topic);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        long lists = units.stream().filter(org.careeradvisor.knowledge.Statement::listItem)
                .map(org.careeradvisor.knowledge.Statement::listId).distinct().count();
        long items = units.stream().filter(org.careeradvisor.knowledge.Statement::listItem).count();
        StringBuilder markdown = new StringBuilder("**").append(Character.toUpperCase(topic.label().charAt(0)))
                .append(topic.label().substring(1)).append(" of the ").append(role.title()).append(" role**")
                .append(lists == 1 ? " (" + items + " items)" : "").append('\n');
        Render.units(markdown, units, false);
        return Optional.of(new ComposedAnswer(markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sections.sources(units)));
    }

    private Reply smallTalk(String text, List<RoleDocument> roles) {
        return new Reply(text, false, List.of(), suggestions.starters(roles), List.of(), null);
    }

    private Reply notFound(QuestionAnalysis analysis, List<RoleDocument> roles) {
        return new Reply(replies.notFound(analysis, roles), false, List.of(), suggestions.starters(roles), List.of(), Intent.OUT_OF_SCOPE);
    }

    /** What a capability produced, before it becomes an {@link Answer}; a null intent keeps the analysed one. */
    private record Reply(String markdown, boolean grounded, List<Source> sources, List<String> suggestions,
                         List<RoleDocument> roles, Intent intent) {

        static Reply grounded(ComposedAnswer composed, List<RoleDocument> roles) {
            return new Reply(composed.markdown(), true, composed.sources(), List.of(), roles, null);
        }

        Intent intent(QuestionAnalysis analysis) {
            return intent != null ? intent : analysis.intent();
        }
    }
}
