package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.SearchIndex;

/**
 * The default composer: no model, only the documents. It ranks the retrieved statements, takes the best one as the
 * answer's lead (a figure with its scope, a yes, a list's label), adds the statements that answer with it (a whole
 * list when the question asks for one), and cites each section used. When no statement answers, it says so.
 */
public class StatementAnswerComposer implements AnswerComposer {

    /** Statements scoring within this of the best one answer with it. */
    private static final double MARGIN = 0.1;

    private static final double OTHER_SECTION_MARGIN = 0.04;
    private static final int MAX_EXTRA = 4;
    private static final int MAX_LIST_ITEMS = 12;
    private static final int SHORT_LIST = 3;
    private static final double SECOND_ROLE_SHARE = 0.985;

    private final StatementScorer scorer;
    private final KnowledgeGaps gaps;
    private final Synonyms synonyms;
    private final QuestionWords words;
    private final Vocabulary vocabulary;

    public StatementAnswerComposer(QuestionWords words, Vocabulary vocabulary, double minRelevance) {
        this.words = words;
        this.vocabulary = vocabulary;
        this.synonyms = words.synonyms();
        this.scorer = new StatementScorer(words);
        this.gaps = new KnowledgeGaps(words, vocabulary, minRelevance);
    }

    @Override
    public ComposedAnswer compose(String question, QuestionAnalysis analysis, Evidence evidence) {
        QuestionShape shape = QuestionShape.of(question);
        // "My cousin works in healthcare IT and asks what the job growth outlook is": the words of what is asked, not
        // of the scene set before it, pick the statements.
        String asking = AskingPart.of(question);
        Set<String> asked =
                words.content(asking, analysis.roles(), evidence.index().knowledge());
        Set<String> terms = asked.isEmpty()
                ? words.content(question, analysis.roles(), evidence.index().knowledge())
                : asked;
        List<StatementScorer.Scored> ranked = scorer.rank(
                evidence.statements(),
                evidence.index(),
                terms,
                shape,
                vocabulary.answering(analysis.topic(), analysis.roles()));
        if (ranked.isEmpty()) {
            // The role's document has no statement at all (a file of code blocks): nothing answers.
            return ComposedAnswer.notAnswered(gaps.notCovered(analysis.roles(), List.of(), evidence.index()));
        }
        List<String> roleIds = analysis.roles().isEmpty() ? rolesAnswering(ranked) : analysis.roleIds();
        StatementScorer.Scored best = ranked.stream()
                .filter(scored -> roleIds.contains(scored.statement().roleId()))
                .findFirst()
                .orElse(ranked.get(0));
        List<RoleDocument> roles = roleIds.stream()
                .flatMap(id -> evidence.index().knowledge().role(id).stream())
                .toList();
        List<String> missing =
                gaps.missing(question, asked.isEmpty() ? question : asking, terms, roleIds, best, evidence.index());
        if (!missing.isEmpty()) {
            return ComposedAnswer.notAnswered(gaps.notCovered(roles, missing, evidence.index()));
        }
        StringBuilder markdown = new StringBuilder();
        List<Source> sources = new ArrayList<>();
        Map<String, Double> relevance = evidence.relevanceBySection();
        for (String roleId : roleIds) {
            List<StatementScorer.Scored> ofRole = ranked.stream()
                    .filter(scored -> scored.statement().roleId().equals(roleId))
                    .toList();
            if (ofRole.isEmpty()) {
                continue;
            }
            Selection selection = select(ofRole, terms, shape, evidence);
            markdown.append(markdown.isEmpty() ? "" : "\n\n")
                    .append(render(selection, shape, terms, roleIds.size() > 1, evidence));
            sources.addAll(sources(selection, relevance));
        }
        return new ComposedAnswer(
                markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sources);
    }

    /** A question naming no role: the role of the best statement, and a second one only when it answers as well. */
    private static List<String> rolesAnswering(List<StatementScorer.Scored> ranked) {
        List<String> roles = new ArrayList<>();
        roles.add(ranked.get(0).statement().roleId());
        double floor = ranked.get(0).score() * SECOND_ROLE_SHARE;
        ranked.stream()
                .filter(scored -> scored.score() >= floor)
                .map(scored -> scored.statement().roleId())
                .filter(id -> !roles.contains(id))
                .findFirst()
                .ifPresent(roles::add);
        return roles;
    }

    /** What one role's part of the answer quotes: a whole list, or the best statement and those close to it. */
    private record Selection(Statement anchor, List<Statement> statements, boolean wholeList, int moreItems) {}

    private Selection select(
            List<StatementScorer.Scored> ranked, Set<String> terms, QuestionShape shape, Evidence evidence) {
        Statement anchor = ranked.get(0).statement();
        List<Statement> roleStatements = evidence.index().knowledge().statements(anchor.roleId());
        if (anchor.listId() != null && wantsWholeList(anchor, ranked, terms, shape, evidence.index())) {
            List<Statement> shown = new ArrayList<>();
            int more = addList(anchor.listId(), roleStatements, shown);
            // A second list that answers as well ("what sectors hire them": industry opportunities and industries
            // with high demand) is quoted too.
            double floor = ranked.get(0).score() - MARGIN;
            long named = namedByList(anchor, terms, evidence.index());
            ranked.stream()
                    .skip(1)
                    .filter(scored -> scored.score() >= floor)
                    .map(StatementScorer.Scored::statement)
                    .filter(other -> other.listId() != null && !other.listId().equals(anchor.listId()))
                    .filter(other -> namedByList(other, terms, evidence.index()) >= Math.max(1, named))
                    .findFirst()
                    .ifPresent(other -> addList(other.listId(), roleStatements, shown));
            return new Selection(anchor, shown, true, more);
        }
        List<Statement> chosen = new ArrayList<>();
        chosen.add(anchor);
        double floor = ranked.get(0).score() - MARGIN;
        // From another section a statement must score nearly as well: the cloud-computing trend does not answer
        // "which cloud providers", the technical requirement naming them does.
        double otherSectionFloor = ranked.get(0).score() - OTHER_SECTION_MARGIN;
        ranked.stream()
                .skip(1)
                .filter(scored -> scored.score() >= floor)
                .filter(scored ->
                        scored.statement().section().equals(anchor.section()) || scored.score() >= otherSectionFloor)
                .map(StatementScorer.Scored::statement)
                .filter(statement ->
                        statement.kind() != Statement.Kind.CLOSING && statement.kind() != Statement.Kind.LEAD)
                .filter(statement -> !shape.figure() || statement.figure() == anchor.figure())
                .limit(MAX_EXTRA)
                .forEach(chosen::add);
        // A short list reads as a set ("at minimum a Bachelor's ... a Master's is an advantage"): quote it whole.
        if (anchor.listItem() && !anchor.figure()) {
            List<Statement> list = roleStatements.stream()
                    .filter(statement -> anchor.listId().equals(statement.listId())
                            && statement.listItem()
                            && statement.parent() == null)
                    .toList();
            if (list.size() <= SHORT_LIST) {
                list.stream().filter(statement -> !chosen.contains(statement)).forEach(chosen::add);
            }
        }
        // An item with nested items ("Database management") is quoted with them.
        addNested(anchor, roleStatements, chosen);
        List<Statement> ordered = chosen.stream()
                .sorted(Comparator.comparingInt(Statement::position))
                .toList();
        return new Selection(anchor, ordered, false, 0);
    }

    /**
     * Adds a list's items (at most twelve top-level ones with what is nested under them); returns how many were left
     * out.
     */
    private static int addList(String listId, List<Statement> roleStatements, List<Statement> shown) {
        int topLevel = 0;
        int more = 0;
        for (Statement item : roleStatements) {
            if (!listId.equals(item.listId()) || !item.listItem()) {
                continue;
            }
            boolean top = item.parent() == null;
            if (top && topLevel == MAX_LIST_ITEMS) {
                more++;
                continue;
            }
            if (more == 0) {
                shown.add(item);
                topLevel += top ? 1 : 0;
            }
        }
        return more;
    }

    /** How many asked words (or their synonyms) the headings and label of a statement's list name. */
    private long namedByList(Statement statement, Set<String> terms, SearchIndex index) {
        Set<String> label = index.terms(statement).list();
        return terms.stream()
                .filter(term -> TermMatch.nearAny(synonyms.alternatives(term), label))
                .count();
    }

    /** Whether the headings or label above a statement name something asked. */
    private static boolean labelMatches(Statement statement, Set<String> terms, SearchIndex index) {
        Set<String> label = index.terms(statement).context();
        return terms.stream().anyMatch(label::contains);
    }

    /** The items nested under an item, at any depth. */
    private static void addNested(Statement item, List<Statement> roleStatements, List<Statement> chosen) {
        for (Statement statement : roleStatements) {
            if (item.id().equals(statement.parentId()) && !chosen.contains(statement)) {
                chosen.add(statement);
                addNested(statement, roleStatements, chosen);
            }
        }
    }

    private boolean wantsWholeList(
            Statement anchor,
            List<StatementScorer.Scored> ranked,
            Set<String> terms,
            QuestionShape shape,
            SearchIndex index) {
        if (anchor.kind() == Statement.Kind.LEAD) {
            return true;
        }
        if (shape.yesNo() && shape.exclusive()) {
            // "is the VP job just about testing?": no, and the rest of the list says what else it is.
            return true;
        }
        long siblings = ranked.stream()
                .limit(6)
                .filter(scored -> anchor.listId().equals(scored.statement().listId()))
                .count();
        boolean labelMatches = labelMatches(anchor, terms, index);
        if (shape.figure() && anchor.figure() && !shape.list()) {
            return false;
        }
        return shape.list() && (labelMatches || siblings >= 2) || labelMatches && siblings >= 3;
    }

    private String render(
            Selection selection, QuestionShape shape, Set<String> terms, boolean withRole, Evidence evidence) {
        Statement anchor = selection.anchor();
        StringBuilder out = new StringBuilder(AnswerLead.of(
                anchor,
                selection.statements(),
                selection.wholeList(),
                shape,
                terms,
                evidence.index(),
                words,
                evidence.index().knowledge().statements(anchor.roleId())));
        boolean single = selection.statements().size() == 1 && !selection.wholeList();
        if (single) {
            out.append("\n\n_").append(Render.heading(anchor, true)).append("_");
            return out.toString();
        }
        out.append('\n');
        Render.units(out, selection.statements(), withRole);
        if (selection.moreItems() > 0) {
            out.append("\n_…and ")
                    .append(selection.moreItems())
                    .append(" more in ")
                    .append(Render.heading(anchor, false))
                    .append("_\n");
        }
        return out.toString();
    }

    private static List<Source> sources(Selection selection, Map<String, Double> relevance) {
        Map<String, List<Statement>> bySection = selection.statements().stream()
                .collect(Collectors.groupingBy(RoleSections::key, LinkedHashMap::new, Collectors.toList()));
        return bySection.entrySet().stream()
                .map(entry -> Sources.of(entry.getValue(), relevance.getOrDefault(entry.getKey(), 0.0)))
                .toList();
    }
}
