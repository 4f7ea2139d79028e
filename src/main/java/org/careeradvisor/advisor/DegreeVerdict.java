package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * "Is a PhD required to be an ML data architect?", "is a master's enough for the scientist job?": a yes or no that
 * compares the degree asked about with the lowest degree the role's requirements ask for, since matching words alone
 * reads "think about a Master's or a Ph.D." as a yes.
 */
final class DegreeVerdict {

    /** "enough", "sufficient", "just a bachelor's": whether the degree asked about suffices. */
    private static final Pattern SUFFICES =
            Pattern.compile("(?i)\\b(enough|sufficient|suffices?|good enough|cut it|ok|okay|fine)\\b");

    private static final int MAX_ALONGSIDE = 2;
    private static final Pattern ONLY = Pattern.compile("(?i)\\bonly\\b");
    /** "do I need a master's", "is a PhD required": the need asked is the degree's, not experience's. */
    private static final Pattern NEEDS_DEGREE =
            Pattern.compile("(?i)\\b(need|needs|require[sd]?|required|must have)\\s+(a |an |the )?"
                    + "(master|masters|master's|phd|ph\\.d|doctorate|bachelor|bachelor's|degree|msc|bsc)");

    /** "do i need more than a bachelors?": the need asked is of a degree above the one named. */
    private static final Pattern ABOVE = Pattern.compile("(?i)\\b(more than|beyond|above|higher than|anything past)\\s+"
            + "(a |an |the |my |just |only )?(?=(bachelor|master|bsc|msc|undergrad|cs degree))");

    private final Vocabulary vocabulary;

    DegreeVerdict(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<ComposedAnswer> answer(String question, QuestionAnalysis analysis, KnowledgeBase knowledge) {
        QuestionShape shape = QuestionShape.of(question);
        // "with just a bachelor's?", "a master's alone?": whether that degree suffices.
        boolean suffices = SUFFICES.matcher(question).find()
                || shape.exclusive() && !ONLY.matcher(question).find();
        // "does the manager need a master's or phd?": either of them, so the lower one is what is asked.
        int asked = shape.either() && !suffices ? Degrees.lowestNamed(question) : Degrees.highestNamed(question);
        java.util.regex.Matcher above = ABOVE.matcher(question);
        if (above.find() && !suffices) {
            asked = Degrees.highestNamed(question.substring(above.end())) + 1;
        }
        // "is a PhD the only degree accepted?": whether no other degree would do.
        boolean only =
                ONLY.matcher(question).find() && !SUFFICES.matcher(question).find();
        if (analysis.roles().size() != 1 || !shape.yesNo() || asked < 1 || !(suffices || only || shape.need())) {
            return Optional.empty();
        }
        RoleDocument role = analysis.roles().get(0);
        RoleSections sections = new RoleSections(knowledge, Map.of());
        List<Statement> named = new ArrayList<>();
        for (TopicId topic : List.of(TopicId.REQUIREMENTS, TopicId.SKILLS)) {
            sections.units(role, vocabulary.topic(topic)).stream()
                    .filter(unit -> Degrees.lowestNamed(unit.quote()) > 0 && !named.contains(unit))
                    .forEach(named::add);
        }
        Optional<Statement> minimum = named.stream()
                .filter(unit -> !Degrees.advantage(unit.quote()))
                .min(Comparator.comparingInt(unit -> Degrees.lowestNamed(unit.quote())));
        if (minimum.isEmpty()) {
            return Optional.empty();
        }
        int required = Degrees.lowestNamed(minimum.get().quote());
        String verdict;
        if (only) {
            // "Master's or Ph.D." accepts more than one degree: a PhD is not the only one.
            boolean alone =
                    asked == required && Degrees.highestNamed(minimum.get().quote()) == required;
            verdict = alone ? "**Yes** - " : "**No** - ";
        } else if (shape.need() && (!suffices || NEEDS_DEGREE.matcher(question).find())) {
            // "do I need a master's or is a bachelor's enough?": the higher degree named is the one asked to be needed.
            // A requirement of "Master's or Ph.D." names the PhD as one way: not necessarily.
            String no = Degrees.highestNamed(minimum.get().quote()) >= asked
                    ? "**No**, not necessarily: "
                    : "**No**, it is not required: ";
            verdict = asked > required ? no : asked < required && !suffices ? "**Yes**, and more: " : "**Yes** - ";
        } else if (suffices) {
            verdict = asked >= required ? "**Yes** - " : "**No** - ";
        } else {
            verdict = "";
        }
        StringBuilder markdown = new StringBuilder(verdict)
                .append("**")
                .append(minimum.get().markdownQuote())
                .append("** (")
                .append(role.title())
                .append(", ")
                .append(minimum.get().section())
                .append(")");
        List<Statement> used = new ArrayList<>(List.of(minimum.get()));
        named.stream()
                .filter(unit -> unit != minimum.get())
                .limit(MAX_ALONGSIDE)
                .forEach(unit -> {
                    markdown.append("\n- ")
                            .append(unit.markdownQuote())
                            .append(" (*")
                            .append(unit.section())
                            .append("*)");
                    used.add(unit);
                });
        return Optional.of(new ComposedAnswer(markdown.toString(), sections.sources(used)));
    }
}
