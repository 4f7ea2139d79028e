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

    /**
     * "enough", "sufficient", "just a bachelor's", "meet the degree requirement": whether the degree asked about
     * suffices.
     */
    private static final Pattern SUFFICES = Pattern.compile(
            "(?i)\\b(enough|sufficient|suffices?|good enough|cut it|ok|okay|fine|"
                    + "meets?|satisf(?:y|ies)) ?(?:the )?(?:degree |education |educational )?(?:requirements?|bar)?\\b");

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

    /** "what degree does he need", "which degree is required", "what education do they want": the degree asked for. */
    private static final Pattern WHICH_DEGREE =
            Pattern.compile("(?i)\\b(?:what|which|whats|what'?s)\\s+(?:kind of |type of |level "
                    + "of )?(?:degree|degrees|education|educational background|diploma)\\b");

    private static final int MAX_LISTED = 5;
    private static final Pattern ALSO_ASKED =
            Pattern.compile("(?i)^\\W*(?:why|how come)\\b|\\b(?:path|steps|route|roadmap|how do i get)\\b");

    Optional<ComposedAnswer> answer(String question, QuestionAnalysis analysis, KnowledgeBase knowledge) {
        QuestionShape shape = QuestionShape.of(question);
        if (!shape.yesNo()
                && analysis.roles().size() == 1
                && WHICH_DEGREE.matcher(AskingPart.of(question)).find()
                // "why is that?" after a degree question asks for a reason; "what's the path, what degree do i need?"
                // asks for more than the degree.
                && !ALSO_ASKED.matcher(analysis.text()).find()) {
            return Optional.of(which(analysis.roles().get(0), knowledge));
        }
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
        List<Statement> named = namingDegrees(role, sections);
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
        return Optional.of(lineFirst(verdict, minimum.get(), named, role, sections));
    }

    /** The deciding line in bold after the verdict, then up to two more lines that name a degree. */
    private static ComposedAnswer lineFirst(
            String verdict, Statement first, List<Statement> named, RoleDocument role, RoleSections sections) {
        StringBuilder markdown = new StringBuilder(verdict)
                .append("**")
                .append(first.markdownQuote())
                .append("** (")
                .append(role.title())
                .append(", ")
                .append(first.section())
                .append(")");
        List<Statement> used = new ArrayList<>(List.of(first));
        named.stream().filter(unit -> unit != first).limit(MAX_ALONGSIDE).forEach(unit -> {
            markdown.append("\n- ")
                    .append(unit.markdownQuote())
                    .append(" (*")
                    .append(unit.section())
                    .append("*)");
            used.add(unit);
        });
        return new ComposedAnswer(markdown.toString(), sections.sources(used));
    }

    /** The role's requirement and skill lines that name a degree, in the document's order. */
    private List<Statement> namingDegrees(RoleDocument role, RoleSections sections) {
        List<Statement> named = new ArrayList<>();
        for (TopicId topic : List.of(TopicId.REQUIREMENTS, TopicId.SKILLS)) {
            sections.units(role, vocabulary.topic(topic)).stream()
                    .filter(unit -> Degrees.lowestNamed(unit.quote()) > 0 && !named.contains(unit))
                    .forEach(named::add);
        }
        return named;
    }

    /**
     * "what degree does an AI research scientist need?": the lines that name a degree, the one required first; a role
     * whose document names none is said to, with what it does ask for.
     */
    private ComposedAnswer which(RoleDocument role, KnowledgeBase knowledge) {
        RoleSections sections = new RoleSections(knowledge, Map.of());
        List<Statement> named = namingDegrees(role, sections);
        if (named.isEmpty()) {
            StringBuilder markdown = new StringBuilder();
            List<Statement> used = new ArrayList<>();
            markdown.append("**The ").append(role.title()).append(" document names no degree.** What it asks for:\n");
            for (TopicId topic : List.of(TopicId.REQUIREMENTS, TopicId.SKILLS)) {
                sections.units(role, vocabulary.topic(topic)).stream()
                        .filter(unit -> !used.contains(unit))
                        .limit(MAX_LISTED - used.size())
                        .forEach(used::add);
            }
            used.forEach(unit -> markdown.append("- ")
                    .append(unit.markdownQuote())
                    .append(" (*")
                    .append(unit.section())
                    .append("*)\n"));
            return new ComposedAnswer(markdown.toString().strip(), sections.sources(used));
        }
        Statement first = named.stream()
                .filter(unit -> !Degrees.advantage(unit.quote()))
                .findFirst()
                .orElse(named.get(0));
        return lineFirst("", first, named, role, sections);
    }
}
