package org.careeradvisor.advisor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.Statement;

/**
 * A yes/no question that claims one role is more something than another: "are AI research engineers more about
 * theory than research scientists?". The statement that sets the roles side by side ("AI Research Scientists lean
 * toward theoretical exploration; AI Research Engineers put the weight on applying ...") answers it by which role
 * its clause with that quality names.
 *
 * @param before  the words before the comparison, which name the role the claim is about ("are ai research engineers")
 * @param after   the words after "than", which name the role it is compared with
 * @param quality the start of the word claimed ("theor" for theory, theoretical)
 * @param less    whether the claim is "less ... than"
 */
record ComparativeClaim(String before, String after, String quality, boolean less) {

    private static final Pattern MORE = Pattern.compile(
            "\\b(more|less)(?:\\s+(?:about|on|into|toward|towards|of|a|the|focused|oriented|in))*\\s+([a-z]+)[a-z-]*");
    private static final Pattern THAN = Pattern.compile("\\b(than|compared (?:to|with))\\b");
    private static final Pattern CLAUSE = Pattern.compile("[;,.]|\\s(?:while|whereas|but)\\s");
    private static final int STEM = 5;
    /** Words of the roles' names, which say nothing of how the roles differ. */
    private static final Set<String> ROLE_NAME_WORDS =
            Set.of("research", "data", "machine", "learning", "quality", "engineering", "senior", "lead");

    /**
     * "is the research engineer role primarily concerned with theoretical exploration?": one role said to be mostly
     * one thing, which the clause of the statement naming it settles for whichever role that clause names.
     */
    private static final Pattern MOSTLY = Pattern.compile("\\b(?:primarily|mainly|mostly|chiefly|largely|all about)"
            + "(?:\\s+(?:concerned with|focused on|about|into|doing|on|with|the|a|an))*\\s+([a-z]+)[a-z-]*");

    /** The claim a yes/no question makes when it compares with "more/less ... than". */
    static Optional<ComparativeClaim> of(String asking) {
        String text = asking.toLowerCase(Locale.ROOT);
        Matcher mostly = MOSTLY.matcher(text);
        if (mostly.find()
                && mostly.group(1).length() >= 4
                && !text.substring(mostly.end()).contains(" or ")) {
            return Optional.of(new ComparativeClaim(
                    text.substring(0, mostly.start()),
                    "",
                    mostly.group(1).substring(0, Math.min(STEM, mostly.group(1).length())),
                    false));
        }
        Matcher more = MORE.matcher(text);
        if (!more.find()
                || !THAN.matcher(text.substring(more.end())).find()
                || more.group(2).length() < 4
                // "more senior than the manager or the same level?" offers the alternatives: a comparison, no claim.
                || text.substring(more.end()).contains(" or ")) {
            return Optional.empty();
        }
        Matcher than = THAN.matcher(text);
        than.find(more.end());
        return Optional.of(new ComparativeClaim(
                text.substring(0, more.start()),
                text.substring(than.end()),
                more.group(2).substring(0, Math.min(STEM, more.group(2).length())),
                more.group(1).equals("less")));
    }

    /**
     * The role noun the claim is about ("engineer"), if the words before the comparison name one, the words after
     * "than" name another, and the quality is no word of role names ("more research than" says nothing).
     */
    Optional<String> subject(Set<String> roleNouns) {
        Optional<String> subject = firstRoleNoun(before, roleNouns);
        Optional<String> other = firstRoleNoun(after, roleNouns);
        boolean qualityNamesRoles = roleNouns.stream().anyMatch(noun -> noun.startsWith(quality))
                || ROLE_NAME_WORDS.stream().anyMatch(word -> word.startsWith(quality));
        // A claim of one role alone ("mainly theory") has no other role to name.
        boolean compared = after.isEmpty() || other.isPresent() && !subject.equals(other);
        return subject.isPresent() && compared && !qualityNamesRoles ? subject : Optional.empty();
    }

    /** "Yes" or "No" from the first statement with a clause naming the quality and a role, or empty. */
    Optional<String> against(List<Statement> statements, Set<String> roleNouns) {
        if (after.isEmpty() && firstRoleNoun(before, roleNouns).isEmpty() && !statements.isEmpty()) {
            // "is RE mainly a theory role?": the role asked of, named by its initials, is that of the statements.
            return new ComparativeClaim(
                            before + " " + statements.get(0).roleTitle().toLowerCase(Locale.ROOT), after, quality, less)
                    .verdict(statements.stream().map(Statement::quote).toList(), roleNouns);
        }
        return verdict(statements.stream().map(Statement::quote).toList(), roleNouns);
    }

    /** Whether one of these texts (the compared roles' documents) says of a role what the claim is about. */
    boolean answeredIn(List<String> texts, Set<String> roleNouns) {
        return verdict(texts, roleNouns).isPresent();
    }

    private Optional<String> verdict(List<String> texts, Set<String> roleNouns) {
        Optional<String> subject = subject(roleNouns);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> other = firstRoleNoun(after, roleNouns);
        // "is the research engineer job mostly theory?": a statement setting two roles apart answers before one that
        // names the quality in passing ("the engineer turns theoretical advances into solutions").
        List<String> ordered = texts.stream()
                .sorted(java.util.Comparator.comparing((String text) ->
                        Text.words(text.toLowerCase(Locale.ROOT)).stream()
                                        .map(word -> word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
                                        .filter(roleNouns::contains)
                                        .distinct()
                                        .count()
                                < 2))
                .toList();
        for (String text : ordered) {
            // A claim of one role alone is settled by another role's clause only in a statement that names both, as
            // a distinction does: "Refining algorithms together with data scientists" is the architect's own duty.
            boolean namesSubject = Text.words(text.toLowerCase(Locale.ROOT)).stream()
                    .map(word -> word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
                    .anyMatch(subject.get()::equals);
            for (String clause : CLAUSE.split(text.toLowerCase(Locale.ROOT))) {
                boolean namesQuality = Text.words(clause).stream().anyMatch(word -> word.startsWith(quality));
                // Only a clause naming one of the two compared roles answers: "works with data scientists" does not;
                // for a
                // claim of one role alone, only a clause naming that role.
                Optional<String> role = namesQuality
                        ? firstRoleNoun(clause, roleNouns)
                                .filter(noun -> noun.equals(subject.get())
                                        || other.map(noun::equals).orElse(after.isEmpty() && namesSubject))
                        : Optional.empty();
                if (role.isPresent()) {
                    return Optional.of(role.get().equals(subject.get()) != less ? "Yes" : "No");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstRoleNoun(String text, Set<String> roleNouns) {
        return Text.words(text).stream()
                .map(word -> word.endsWith("s") && roleNouns.contains(word.substring(0, word.length() - 1))
                        ? word.substring(0, word.length() - 1)
                        : word)
                .filter(roleNouns::contains)
                .findFirst();
    }
}
