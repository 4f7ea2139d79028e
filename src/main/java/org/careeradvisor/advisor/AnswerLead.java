package org.careeradvisor.advisor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.Statement;
import org.careeradvisor.retrieval.SearchIndex;

/**
 * The first line of an answer, which answers the question on its own: a figure with what it is and its scope,
 * "Yes - ..." when the statement holds everything a yes/no question asks, or the label of the list that follows.
 */
final class AnswerLead {

    /** Statements that make a thing an advantage rather than a requirement. */
    private static final Pattern ADVANTAGE =
            Pattern.compile("(?i)\\b(advantage|a plus|preferred|nice to have|beneficial|helps?)\\b");

    /** Statements that suggest rather than require: "think about a Master's", "consider a Ph.D.". */
    private static final Pattern ADVICE =
            Pattern.compile("(?i)^\\W*(think about|consider|you may|you might|optionally)\\b");

    private static final Pattern ALTERNATIVE = Pattern.compile("([\\p{L}\\p{N}'.]+)\\s+or\\s+([\\p{L}\\p{N}'.]+)");

    private AnswerLead() {}

    static String of(
            Statement anchor,
            List<Statement> shown,
            boolean wholeList,
            QuestionShape shape,
            Set<String> terms,
            SearchIndex index,
            QuestionWords words,
            List<Statement> roleStatements) {
        String verdict = shape.yesNo() ? verdict(anchor, shown, terms, shape, index, words) : "";
        if (wholeList) {
            String label = anchor.listLabel() == null ? Render.heading(anchor, false) : anchor.listLabel();
            label = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
            long items = shown.stream()
                    .filter(statement ->
                            statement.parent() == null && anchor.listId().equals(statement.listId()))
                    .count();
            return verdict + "**" + label + "** (" + anchor.roleTitle() + ", " + items + " item"
                    + (items == 1 ? "" : "s") + "):";
        }
        StringBuilder lead = new StringBuilder(verdict)
                .append("**")
                .append(anchor.markdownQuote())
                .append("**");
        if (anchor.figure()) {
            lead.append(" (")
                    .append(anchor.roleTitle())
                    .append(", ")
                    .append(Render.heading(anchor, false))
                    .append(")");
            scope(anchor, roleStatements).ifPresent(scope -> lead.append(". ").append(scope));
        } else if (shown.size() > 1) {
            lead.append(" (").append(anchor.roleTitle()).append(")");
        }
        return lead.toString();
    }

    /** The lead of a verdict a number or a comparison settled: "**No** - the document says: ". */
    private static String settled(String verdict) {
        return "**" + verdict + "** - " + (verdict.equals("Yes") ? "" : "the document says: ");
    }

    /**
     * "Yes - " when the quoted statements name everything asked; "No - " when the question asks whether only that
     * is done or needed ("only theory"), or whether something is required that the document makes an advantage or
     * one of alternatives ("a Master's or Ph.D."); for "can I ... without X?", "No" when the document asks for X; for a
     * number asked ("is 1 year enough?"), what the statement's own figure says ({@link AskedNumber}).
     */
    private static String verdict(
            Statement anchor,
            List<Statement> shown,
            Set<String> terms,
            QuestionShape shape,
            SearchIndex index,
            QuestionWords words) {
        Synonyms synonyms = words.synonyms();
        // A number asked settles it before the words do: "projected at 22%?" is no where the document says 8-9%;
        // "BLS puts it at 22% - can I quote that?" needs no other word of the document's.
        Optional<String> byNumber = shape.number()
                .flatMap(number -> java.util.stream.Stream.concat(java.util.stream.Stream.of(anchor), shown.stream())
                        .map(statement -> number.against(statement.quote()))
                        .flatMap(Optional::stream)
                        .findFirst());
        if (byNumber.isPresent()) {
            return settled(byNumber.get());
        }
        if (terms.isEmpty()) {
            return "";
        }
        // "is growth for ML engineers higher than for data architects?": the two figures the statement gives them.
        Optional<String> byFigures = java.util.stream.Stream.concat(java.util.stream.Stream.of(anchor), shown.stream())
                .map(statement -> AskedNumber.compared(shape.asked(), statement.quote()))
                .flatMap(Optional::stream)
                .findFirst();
        if (byFigures.isPresent()) {
            return settled(byFigures.get());
        }
        // "are research engineers more about theory than scientists?": the role the document's clause on theory names.
        Optional<String> byComparison = shape.comparative()
                .flatMap(claim -> claim.against(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(anchor), shown.stream())
                                .toList(),
                        words.roleNouns()));
        if (byComparison.isPresent()) {
            return settled(byComparison.get());
        }
        if (shape.exclusive()) {
            return "**No** - ";
        }
        Set<String> quoted = new java.util.HashSet<>();
        shown.forEach(statement -> {
            quoted.addAll(index.terms(statement).own());
            quoted.addAll(index.terms(statement).context());
        });
        // "relevant mainly to tech firms and not to financial companies?" where the statement names financial
        // companies: the claim denies what the document says.
        Optional<Set<String>> denied = shape.denied()
                .map(text -> {
                    Set<String> deniedTerms =
                            new java.util.HashSet<>(words.analyzer().terms(text));
                    deniedTerms.removeAll(words.asking());
                    return deniedTerms;
                })
                .filter(deniedTerms -> !deniedTerms.isEmpty());
        if (denied.isPresent()
                && denied.get().stream().allMatch(term -> TermMatch.nearAny(synonyms.alternatives(term), quoted))) {
            return "**No** - the document says: ";
        }
        // "is the outlook shrinking?" against "projects growth of 8-9%": the statement says the opposite.
        Set<String> anchorWords = index.terms(anchor).own();
        boolean contradicted = terms.stream()
                .anyMatch(term -> !TermMatch.nearAny(synonyms.alternatives(term), quoted)
                        && !synonyms.opposites(term).isEmpty()
                        && TermMatch.nearAny(synonyms.opposites(term), anchorWords));
        if (contradicted) {
            return "**No** - the document says: ";
        }
        long held = terms.stream()
                .filter(term -> TermMatch.nearAny(synonyms.alternatives(term), quoted))
                .count();
        // Every word asked must be there; of three or more, one may be a way of putting it ("part of their work").
        if (held < terms.size() - (terms.size() >= 3 ? 1 : 0)) {
            return "";
        }
        if (shape.without()) {
            // "can I become one without leadership experience?": not when the document asks for it; yes when it is one
            // of alternatives ("a Master's or Ph.D.": a Master's will do) or advice or an advantage only.
            // "without a master's or PhD?" asks without both alternatives: not a yes.
            if (!shape.either() && oneOfAlternatives(anchor, terms, words)) {
                return "**Yes**, it is one of alternatives: ";
            }
            boolean optional = shown.stream()
                    .filter(statement -> !QuestionShape.asksNeed(statement.quote()))
                    .anyMatch(statement -> ADVANTAGE.matcher(statement.quote()).find()
                            || ADVICE.matcher(statement.quote()).find());
            return optional ? "**Yes**, it is not required: " : "**No** - the document asks for it: ";
        }
        if (shape.need() && ADVANTAGE.matcher(anchor.quote()).find() && !QuestionShape.asksNeed(anchor.quote())) {
            return "**No**, it is not required: ";
        }
        if (shape.need() && !shape.either() && oneOfAlternatives(anchor, terms, words)) {
            return "**No**, not necessarily: ";
        }
        return "**Yes** - ";
    }

    /** Whether an asked word stands beside an "or" in the statement: "an advanced degree (Master's or Ph.D.)". */
    private static boolean oneOfAlternatives(Statement anchor, Set<String> terms, QuestionWords words) {
        java.util.regex.Matcher or = ALTERNATIVE.matcher(anchor.quote());
        while (or.find()) {
            Set<String> beside = words.analyzer().terms(or.group(1) + " " + or.group(2));
            if (terms.stream()
                    .anyMatch(term -> TermMatch.nearAny(words.synonyms().alternatives(term), beside))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence of the figure's section that gives its year, region or currency. */
    private static Optional<String> scope(Statement anchor, List<Statement> roleStatements) {
        return roleStatements.stream()
                .filter(statement -> statement.topHeading().equals(anchor.topHeading())
                        && !statement.listItem()
                        && statement.kind() != Statement.Kind.CLOSING
                        && SalaryComposer.givesScope(statement))
                .map(Statement::text)
                .findFirst();
    }
}
