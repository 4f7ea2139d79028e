package org.careeradvisor.advisor;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.RetrievedStatement;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.StatementTerms;

/**
 * Ranks retrieved statements for a question: dense relevance first, then how well the statement's own words and the
 * headings and list label above it match what is asked, and whether its form (a figure) is the form asked for.
 */
class StatementScorer {

    private static final double LEXICAL = 0.08;
    private static final double CONTEXT = 0.06;
    private static final double WORDS = 0.10;
    private static final double FIGURE = 0.03;
    private static final double TOPIC = 0.02;
    private static final double CLOSING = 0.15;
    private static final double PERCENT_ASKED = 0.2;
    /** A percentage or an amount: "22% for Machine Learning Engineers", "$189,122". */
    private static final java.util.regex.Pattern GIVES_NUMBER = java.util.regex.Pattern.compile("\\d\\s*%|\\$\\s*\\d");

    private final Synonyms synonyms;

    StatementScorer(QuestionWords words) {
        this.synonyms = words.synonyms();
    }

    /** A statement with its score and the dense relevance it came with. */
    record Scored(Statement statement, double score, double relevance) {}

    List<Scored> rank(
            List<RetrievedStatement> retrieved,
            SearchIndex index,
            Set<String> terms,
            QuestionShape shape,
            Topic topic) {
        double maxLexical = retrieved.stream()
                .mapToDouble(RetrievedStatement::lexical)
                .max()
                .orElse(0);
        return retrieved.stream()
                .map(result -> new Scored(
                        result.statement(),
                        score(result, index.terms(result.statement()), maxLexical, terms, shape, topic),
                        result.relevance()))
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparingInt(scored -> scored.statement().position()))
                .toList();
    }

    private double score(
            RetrievedStatement result,
            StatementTerms words,
            double maxLexical,
            Set<String> terms,
            QuestionShape shape,
            Topic topic) {
        Statement statement = result.statement();
        double score = result.relevance();
        if (maxLexical > 0) {
            score += LEXICAL * result.lexical() / maxLexical;
        }
        if (!terms.isEmpty()) {
            Set<String> context = words.context();
            Set<String> own = words.own();
            score += CONTEXT
                    * terms.stream()
                            .filter(term -> TermMatch.nearAny(synonyms.alternatives(term), context))
                            .count()
                    / terms.size();
            // "what degree does it need?" is answered by a statement naming one ("A Ph.D. in computer science").
            boolean namesDegree = Degrees.lowestNamed(statement.quote()) > 0;
            score += WORDS
                    * terms.stream()
                            .filter(term -> TermMatch.nearAny(synonyms.alternatives(term), own)
                                    || namesDegree && term.startsWith("degre"))
                            .count()
                    / terms.size();
        }
        if (shape.figure() && !shape.list() && statement.figure()) {
            score += FIGURE;
        }
        if (topic != null && !topic.fallback() && topic.answeredBy(statement.section())) {
            score += TOPIC;
        }
        if (shape.number().isPresent() && shape.number().get().percentGivenIn(statement.quote())) {
            // "is growth for ML engineers projected at 22%?" is checked against the statement giving a 22%.
            score += PERCENT_ASKED;
        }
        if (statement.kind() == Statement.Kind.CLOSING
                && !GIVES_NUMBER.matcher(statement.quote()).find()) {
            // A closing line restates its section; one with percentages or amounts of its own ("growth is projected
            // at 9% ... and 22% ...") is a fact of its own.
            score -= CLOSING;
        }
        return score;
    }
}
