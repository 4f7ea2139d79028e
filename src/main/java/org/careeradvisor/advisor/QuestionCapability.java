package org.careeradvisor.advisor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other question the role documents may answer: the statements that answer it, through the answer composer; a
 * request for a whole topic ("list the requirements for X") gets every list of that topic's sections.
 */
final class QuestionCapability implements Capability {

    private static final Logger log = LoggerFactory.getLogger(QuestionCapability.class);

    private final GroundingPolicy grounding;
    private final AnswerComposer composer;
    private final QuestionWords words;
    private final SuggestionGenerator suggestions;
    private final DegreeVerdict degrees;

    /** The words naming each topic, analysed once rather than for every question. */
    private final Map<TopicId, Set<String>> cueTerms = new java.util.EnumMap<>(TopicId.class);

    QuestionCapability(
            GroundingPolicy grounding,
            AnswerComposer composer,
            QuestionWords words,
            SuggestionGenerator suggestions,
            Vocabulary vocabulary) {
        this.grounding = grounding;
        this.composer = composer;
        this.words = words;
        this.suggestions = suggestions;
        this.degrees = new DegreeVerdict(vocabulary);
        for (Topic topic : vocabulary.topics()) {
            // The words that name the topic itself ("requirements", "qualifications", "soft skills"), not its specific
            // cues: "what degree?" or "which programming languages?" asks for one statement, not the whole topic.
            Set<String> terms = new HashSet<>(words.analyzer().terms(topic.label()));
            topic.sectionKeywords()
                    .forEach(keyword -> terms.addAll(words.analyzer().terms(keyword)));
            cueTerms.put(topic.id(), Set.copyOf(terms));
        }
    }

    @Override
    public Intent intent() {
        return Intent.QUESTION;
    }

    @Override
    public Reply answer(Request request) {
        return answer(request.asked(), request.analysis(), request.evidence());
    }

    /** The answer to a question as asked, also for the capabilities that fall back to a plain question. */
    Reply answer(String question, QuestionAnalysis analysis, Evidence evidence) {
        SearchIndex index = evidence.index();
        if (!grounding.isGrounded(analysis, evidence.chunks(), index)) {
            return Reply.outsideDocuments();
        }
        ComposedAnswer composed = degrees.answer(question, analysis, index.knowledge())
                .or(() -> wholeTopic(question, analysis, index))
                .orElseGet(() -> composer.compose(question, analysis, evidence));
        List<RoleDocument> answered = analysis.roles().isEmpty()
                ? composed.sources().stream()
                        .map(Source::role)
                        .distinct()
                        .flatMap(title -> index.knowledge().roles().stream()
                                .filter(role -> role.title().equals(title)))
                        .toList()
                : analysis.roles();
        if (!composed.grounded()) {
            log.info(
                    "Knowledge gap: roles={} topic={}",
                    analysis.roleIds(),
                    analysis.topic() == null ? null : analysis.topic().id());
            return new Reply(
                    composed.markdown(),
                    false,
                    List.of(),
                    suggestions.forRoles(answered, null, List.of()),
                    answered,
                    Intent.QUESTION);
        }
        return Reply.grounded(composed, answered);
    }

    /** "List the requirements for X": the topic as a whole, every list of its sections, not the one line likest it. */
    private Optional<ComposedAnswer> wholeTopic(String question, QuestionAnalysis analysis, SearchIndex index) {
        Topic topic = analysis.topic();
        QuestionShape shape = QuestionShape.of(question);
        if (analysis.roles().size() != 1
                || topic == null
                || topic.fallback()
                || topic.strict()
                || shape.yesNo()
                || shape.figure()) {
            return Optional.empty();
        }
        Set<String> asked = words.content(question, analysis.roles(), index.knowledge());
        if (asked.isEmpty() || !cueTerms.get(topic.id()).containsAll(asked)) {
            return Optional.empty();
        }
        RoleDocument role = analysis.roles().get(0);
        RoleSections sections = new RoleSections(index.knowledge(), Map.of());
        List<Statement> units = sections.units(role, topic);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        long lists = units.stream()
                .filter(Statement::listItem)
                .map(Statement::listId)
                .distinct()
                .count();
        long items = units.stream().filter(Statement::listItem).count();
        StringBuilder markdown = new StringBuilder("**")
                .append(Character.toUpperCase(topic.label().charAt(0)))
                .append(topic.label().substring(1))
                .append(" of the ")
                .append(role.title())
                .append(" role**")
                .append(lists == 1 ? " (" + items + " items)" : "")
                .append('\n');
        Render.units(markdown, units, false);
        return Optional.of(new ComposedAnswer(
                markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sections.sources(units)));
    }
}
