package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * How to get into a role: education, the steps and years of experience from its career-development section in
 * document order; for a role without one, what its requirements ask for.
 */
class CareerPathComposer {

    private static final Pattern EXPERIENCE = Pattern.compile("(?i)\\b\\d+(\\s*-\\s*\\d+|\\+)?\\s*years?\\b");
    private static final int MAX_ITEMS = 14;
    /**
     * "from scratch", "from zero", "a beginner", "first year CS student": no start point but the beginning, also for
     * someone still studying.
     */
    private static final Pattern NO_START =
            Pattern.compile("(?i)^(scratch|zero|nothing|the (very )?beginning|no experience|"
                    + "square one|(a |complete |total )?beginner|(a |recent |new )?grad(uate)?)$"
                    + "|\\b(student|pupil|undergrad(uate)?|school|freshman|sophomore)\\b");
    /** "how long does it take?", "how many years until I get there?": the time asked for. */
    private static final Pattern HOW_LONG =
            Pattern.compile("(?i)\\b(how long|how many years|how much time|how quickly|how fast|"
                    + "timeline|time frame|timeframe)\\b");

    private static final int STEM = 5;
    private static final java.util.Set<String> GENERIC_JOB_WORDS = java.util.Set.of(
            "junior",
            "senior",
            "entry",
            "level",
            "role",
            "position",
            "data",
            "lead",
            "staff",
            "principal",
            "year",
            "years",
            "first",
            "second",
            "third",
            "final",
            "student",
            "grad");
    /** Jobs whose work is programming. */
    private static final java.util.Set<String> PROGRAMMERS =
            java.util.Set.of("dev", "devs", "developer", "programmer", "coder", "swe");

    private static final String JOB = "([a-z][a-z /-]{2,40}?)";
    /** Where a job named as a start point ends: "I'm a data analyst - how do I ...", "currently a tester; what ...". */
    private static final String JOB_END = "(?=[?,.!;:]|\\s+[-–—]|\\s+(?:and|with|who|but|so|how|what|which)\\b|$)";

    private static final List<Pattern> STARTS = List.of(
            // "a master's degree from many years ago" is no job started from.
            Pattern.compile("(?i)\\bfrom (?:being )?(?:an? )?(?!(?:here|there|this|that|now|where)\\b)"
                    + "(?![a-z ]{0,20}\\b(?:ago|back)\\b)" + JOB
                    + "(?= to\\b| into\\b| towards?\\b|[?,.!]|$)"),
            Pattern.compile("(?i)\\bi'?m (?:currently |now )?(?:working as )?an? " + JOB + JOB_END),
            Pattern.compile("(?i)\\bi work as an? " + JOB + JOB_END),
            // "i am data architect since 5 years": the article a second language leaves out, the time it has lasted.
            Pattern.compile("(?i)\\bi(?:'m| am) " + JOB + "(?= since\\b| for \\d| from (?:19|20)\\d\\d)"),
            // "currently a software engineer, what's the path ...", "as a QA tester, how do I ...".
            Pattern.compile("(?i)^\\W*(?:currently|presently|now|as) (?:working as )?an? " + JOB + JOB_END),
            Pattern.compile("(?i)^(?:an? )?" + JOB + " here\\b"),
            // "8 yoe java backend dev. how do i get to ...", "5 years as a tester, ...".
            Pattern.compile("(?i)^\\W*\\d+\\+?\\s*(?:yoe|yrs?|years?)(?: of experience| exp)?(?: as an?| as| in)?\\s+"
                    + JOB + JOB_END));

    private final Vocabulary vocabulary;

    CareerPathComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    ComposedAnswer compose(RoleDocument role, RoleSections sections) {
        return compose(role, sections, List.of());
    }

    /** @param messages the person's messages, the current one last: where they start from ("from data analyst") */
    ComposedAnswer compose(RoleDocument role, RoleSections sections, List<String> messages) {
        List<Statement> path = sections.units(role, vocabulary.topic(TopicId.CAREER)).stream()
                .filter(unit -> unit.listItem() && isPathLabel(unit.subheading()))
                .limit(MAX_ITEMS)
                .toList();
        StringBuilder markdown = new StringBuilder();
        List<Statement> used = new ArrayList<>(path);
        Optional<String> start = startingPoint(messages);
        List<Statement> steps =
                path.stream().filter(unit -> isStepLabel(unit.subheading())).toList();
        if (start.isPresent() && !steps.isEmpty()) {
            markdown.append(fromStart(start.get(), role, steps));
            List<Statement> rest =
                    path.stream().filter(unit -> !steps.contains(unit)).toList();
            if (!rest.isEmpty()) {
                markdown.append("\n**Alongside, the document asks for**\n");
                Render.units(markdown, rest, false);
            }
        } else if (!path.isEmpty()) {
            String article = Topic.withArticle(role.title()).split(" ")[0];
            markdown.append("How to become ")
                    .append(article)
                    .append(" **")
                    .append(role.title())
                    .append("**, in order:\n");
            Render.units(markdown, path, false);
        } else {
            List<Statement> requirements = sections.units(role, vocabulary.topic(TopicId.REQUIREMENTS)).stream()
                    .filter(Statement::listItem)
                    .toList();
            if (requirements.isEmpty()) {
                // A document that names no requirements section ("Technical Skills" only) asks for its skills.
                requirements = sections.units(role, vocabulary.topic(TopicId.SKILLS)).stream()
                        .filter(Statement::listItem)
                        .limit(MAX_ITEMS)
                        .toList();
            }
            start.ifPresent(from -> markdown.append("**From ")
                    .append(from)
                    .append(" to ")
                    .append(role.title())
                    .append("**: "));
            markdown.append("The **")
                    .append(role.title())
                    .append("** document has no career-development section. ")
                    .append("What the role asks for is the way in:\n");
            Render.units(markdown, requirements, false);
            used.addAll(requirements);
        }
        List<String> experience = used.stream()
                .map(Statement::quote)
                .filter(text -> EXPERIENCE.matcher(text).find())
                .toList();
        if (!messages.isEmpty()
                && HOW_LONG.matcher(messages.get(messages.size() - 1)).find()
                && !experience.isEmpty()) {
            // "how long does that take?": the time the document names first, then the path it belongs to.
            java.util.regex.Matcher years = EXPERIENCE.matcher(experience.get(0));
            years.find();
            markdown.insert(
                    0,
                    "The document gives no total time; the step it names years for: **" + years.group() + "** (*"
                            + experience.get(0) + "*).\n\n");
        }
        if (!experience.isEmpty() && (start.isEmpty() || steps.isEmpty())) {
            markdown.append("\n**Experience the document mentions**\n").append(Render.bullets(experience));
        }
        return new ComposedAnswer(
                markdown.toString().replaceAll("\n{3,}", "\n\n").strip(), sections.sources(used));
    }

    /**
     * The document's steps numbered from where the person stands: the step naming their current job is where they
     * are, the ones after it are what comes next.
     */
    private static String fromStart(String start, RoleDocument role, List<Statement> steps) {
        int here = -1;
        for (int i = 0; i < steps.size() && here < 0; i++) {
            if (names(steps.get(i).quote(), start)) {
                here = i;
            }
        }
        StringBuilder markdown = new StringBuilder("**From ")
                .append(start)
                .append(" to ")
                .append(role.title())
                .append("**");
        if (here >= 0) {
            markdown.append(": the document's path starts where you are (*")
                    .append(steps.get(here).quote())
                    .append("*). Next, in order:\n");
        } else if (NO_START.matcher(start).find()) {
            // "from scratch", "from zero": the whole path, from its first step.
            markdown.append(": the document's path, from its first step:\n");
        } else {
            markdown.append(": the document does not name ").append(start).append(" as a step; its path, in order:\n");
        }
        int number = 1;
        for (int i = here + 1; i < steps.size(); i++) {
            markdown.append(number++).append(". ").append(steps.get(i).quote()).append('\n');
        }
        markdown.append("\n_").append(Render.heading(steps.get(0), false)).append("_\n");
        return markdown.toString();
    }

    /**
     * Whether a step names the job: "data analysis position" names "data analyst" (the same word stem), "programming
     * position" names "java backend dev" (a developer's work is programming).
     */
    private static boolean names(String step, String job) {
        String lower = step.toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(job.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .map(word -> PROGRAMMERS.contains(word) ? "programming" : word)
                .filter(word -> word.length() > 3 && !GENERIC_JOB_WORDS.contains(word))
                .anyMatch(word -> lower.contains(word.substring(0, Math.min(word.length(), STEM))));
    }

    /** "from data analyst", "I'm a junior data engineer", "as a QA tester", "teacher here": where the person starts. */
    static Optional<String> startingPoint(List<String> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            for (Pattern pattern : STARTS) {
                Matcher matcher = pattern.matcher(messages.get(i));
                if (matcher.find()) {
                    return Optional.of(matcher.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isStepLabel(String label) {
        if (label == null) {
            return false;
        }
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("progression") || lower.contains("step") || lower.contains("path");
    }

    /** Education, progression and skills-to-build lists; not the role's duties or market notes inside the section. */
    private static boolean isPathLabel(String label) {
        if (label == null) {
            return true;
        }
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("education")
                || lower.contains("progression")
                || lower.contains("skill")
                || lower.contains("learning")
                || lower.contains("step")
                || lower.contains("path");
    }
}
