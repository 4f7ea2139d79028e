package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * Skills gap and fit: reads the person's skills and experience from their messages, ranks the roles by how much of
 * what their requirement and skill sections name the person already has, and lists matches and gaps with sections.
 */
class SkillsGapAdvisor {

    private static final Pattern EXPERIENCE = Pattern.compile(
            "(?i)(?<!\\b(?:in|within|after|next|for the next|i'm|im|i am) )\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\+?\\s*(?:years?|yrs?)\\b(?!\\s+(?:old|ago|from now|later|younger|older)\\b)(?:\\s+(?:of\\s+)?experience)?(?:(?:\\s+(?:as|in)\\s+(?:an?\\s+)?([a-z][a-z /-]{2,40}?))(?=[,.;!?]|\\s*\\(|\\s+(?:and|but|so|which|what)\\b|\\s+-|$)"
                    // "6 yrs writing python", "1 year out of uni", "8 years, mostly SQL": years of work without a job
                    // named.
                    + "|(?=\\s+in\\s*(?:[,.;!?]|$)|\\s+(?:out of|of|at|working|writing|building|coding|leading|doing|running|managing|teaching|in (?:the )?(?:industry|"
                    + "field|tech|it|data|software|ml|ai|finance|banking|consulting))\\b|\\s*[,.;!?:(]|\\s+(?:and|but|so|now)\\b|\\s+-|$"
                    // "i am QA engineer 5 yrs what do i need": the years end the story, a question follows.
                    + "|\\s+(?:what|which|how|can|could|should|is|do|does|am|will|would)\\b))");
    private static final Pattern CLAUSE = Pattern.compile("[,.;!?]|\\s(?:but|though|although|however)\\s");
    /** A clause that asks which skills to learn: "what should i study", "like which math + languages". */
    private static final Pattern ASKS_WHAT = Pattern.compile("(?i)^\\s*(?:like\\s+|and\\s+|so\\s+)?(?:what|which)\\b"
            + "|\\b(?:should|do|must|would) i (?:have to )?(?:study|learn|know|pick up|brush up|revise)\\b");

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(never|no|not|without|don't|dont|haven't|havent|"
            + "can't|cant|zero|rusty|weak|little|barely|limited|skipped|skip|avoided|lack|lacking|struggle|struggled|"
            + "stopped at|stops at|stopped after|bad at|poor at|terrible at|awful at|hopeless at|not good at)\\b");
    /** Denials that follow the skill they deny: "math is rusty", "my SQL is weak". */
    private static final Pattern AFTER_SKILL =
            Pattern.compile("(?i)rusty|weak|limited|little|lacking|stopped at|stops at|stopped after");
    /** "my weak spot is ml frameworks", "weak at statistics": the denial names what follows it. */
    private static final Pattern WEAKNESS_NAMED = Pattern.compile(
            "(?i)(?:\\s*(?:spot|point|area|side|link|subject)s?\\s+(?:is|are|was|were|would be|has been)|\\s+(?:at|in|with|on))\\b");
    /** "... and taught myself", "... and I know": another statement after a denial, which it does not deny. */
    private static final Pattern RESUMED =
            Pattern.compile("(?i)\\s(?:and|but|while)\\s+(?:i\\b|i've|i'm|taught|learned|learnt|"
                    + "built|know|worked|work|did|do|have|use|used|love|am|picked up|got)");

    private static final Pattern GOAL = Pattern.compile(
            "(?i)\\b(want|wants|wanted|wanna|would like|hoping|hope|hopes|aim|aims|aiming|plan|plans|planning|"
                    + "move into|moving into|get into|switch to|transition to|become|becoming|interested in|for the|"
                    + "(?:move|moving|step|stepping) up (?:to|into))\\b"
                    // "research scientist -> research manager"
                    + "|-+>|→|=>");
    /** Where the clause a word of wanting opens ends. */
    private static final Pattern GOAL_CLAUSE_END = Pattern.compile("[,;.?!]");
    /** Kinds of work a person can say they like: "practical", "hands-on", "theory". */
    private static final String KIND_OF_WORK =
            "(?:practical|hands-on|applied|theory|theoretical|pure|academic|strategy|strategic)\\b";
    /** "practical not theory": a kind of work liked, read whole, as what it is set against tells the kind. */
    private static final Pattern KIND_OF_WORK_LIKED = Pattern.compile("(?i)" + KIND_OF_WORK);

    /**
     * The kind of work a wish opens with, in plain words for the role likeness: "theory more than building products" is
     * theoretical research, whatever it is set against, which an embedding would read as much as the kind wanted.
     */
    static java.util.Optional<String> kindOfWork(String wish) {
        Matcher kind = KIND_OF_WORK_LIKED.matcher(wish.strip());
        if (!kind.lookingAt()) {
            return java.util.Optional.empty();
        }
        String word = kind.group().toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.ofNullable(
                switch (word) {
                    case "theory", "theoretical", "pure", "academic" -> "theoretical exploration and research";
                    case "practical", "hands-on", "applied" -> "practical applications, hands-on building";
                    default -> null;
                });
    }

    /**
     * "want to do pure research", "I'd rather lead a team", "I like building models more than theory": what the person
     * wants the work to be, up to the end of its clause.
     */
    private static final Pattern ASPIRATION =
            Pattern.compile("(?i)\\b(?:want(?:s|ed)? (?:to|an|a|the|something)\\b|wanna|"
                    // "she wants mentor people", "i want go to the executive level": the "to" left out.
                    // "want executive role for AI strategy": the role wished for, in a few words.
                    + "want(?:s|ed)? (?=(?:an? )?(?:[\\w-]+ ){1,3}(?:role|job|position)\\b)|"
                    + "want(?:s|ed)? (?=(?:go|become|mentor|lead|manage|work|do|move|be|build|design|make|set|get|own|"
                    + "run|stay|keep|switch|teach|try|grow|guide|shape|drive)\\b)|would like (?:to|an|a|the)\\b|"
                    + "'d like (?:to|an|a|the)\\b|would rather|'d rather|keen on|keen to|my goal is to|my dream is to|moving (?:to|into)|"
                    + "move (?:to|into)|switch(?:ing)? (?:to|into)|hope to|hoping to|aim to|aiming to|plan to|planning to|dream(?:ing|s|ed|t)? of|"
                    // "I love shipping features", "I'd prefer to build": a liking for work, not "I love Python" (a
                    // skill had).
                    + "prefer(?:s)? (?=to\\b|\\w+ing\\b)|(?:like|love|enjoy)(?:s)? (?=to\\b|\\w+ing\\b)|"
                    // "likes practical not theory", "prefers hands-on stuff": a kind of work liked.
                    + "(?:prefer|like|love|enjoy)(?:s)? (?=" + KIND_OF_WORK + ")|"
                    // "15 yoe eng leader, into qa testing + ai strategy": a liking told in a CV's fragments.
                    + "(?<=, |i'm |\\bim |i am |really |also |big )into (?!(?:my|the|a|an|its|our|year|\\d)\\b)(?=[a-z])|"
                    + "interested in|looking for|passionate about|(?:need|needs|want|wants|hiring) (?:someone|somebody|a person) (?:to|who)|care (?:most |more )?about (?=(?!(?:any|some|every|no)thing)\\w+ing\\b)|"
                    + "(?:job|role|work|position) where i|"
                    // "what role would let me own the testing strategy": the work the role is to let them do.
                    + "(?:jobs?|roles?|positions?|careers?)(?: that| which)? (?:would |could |will )?(?:let|lets|allow|allows)"
                    + " me(?: to)?)\\s*((?:\\w+, )*[^.?!;,]{6,120})");

    private static final Pattern UNWANTED = Pattern.compile(
            "(?i)\\b(don'?t|do not|doesn'?t|never|no longer|not|hate to|wouldn'?t)\\s+(?:really\\s+|even\\s+)?$");
    private static final Pattern LIKING = Pattern.compile("(?i)(?:prefer|like|love|enjoy)");
    private static final Pattern WISH_END =
            // "building and optimizing models more than pure theory": what is wanted, not what it is set against.
            Pattern.compile(
                    "(?i)\\s+(?:-|–|—|but|though|not|which|what|so|and what|and which|(?:far |much |way )?more than|"
                            + "rather than|instead of|over(?= (?:theory|research|management|pure))|no management)(?:\\s+|$)");
    /**
     * "which role fits me?", "closest fit?", "best match among your roles?": the roles are to be ranked, all of them.
     */
    private static final Pattern WHICH_ROLE = Pattern.compile(
            "(?i)\\b(which|what)('s| is| would be)?( of (your|the|these))?( the| a| my)?( \\w+)? (roles?|jobs?|ones?|positions?|"
                    + "tracks?|paths?|titles?|fit)\\b|\\bclosest\\b|\\bbest (match|fit)\\b|\\bwhat fits\\b|\\bwhich (fits|suits)\\b");
    /**
     * How much being the role most like a stated wish counts against matched skills: what the person wants decides
     * between roles they could do.
     */
    static final double ASPIRATION_WEIGHT = 1.0;
    /** Naming a role as the goal weighs more than any difference in matched skills. */
    private static final double TARGET_BONUS = 1.0;
    /** How much the search's likeness of a role's document to the background counts, in matched-skill terms. */
    private static final double LIKENESS_WEIGHT = 0.5;
    /**
     * Matched skills over this root of the skills a role names: long documents neither win nor lose by length alone.
     */
    private static final double LENGTH_DAMPING = 0.25;

    private static final Map<String, String> WORD_NUMBERS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("fifteen", "15"),
            Map.entry("twenty", "20"));
    private static final int UNKNOWN = Degrees.UNKNOWN;
    /** A degree level the person lacks weighs like this many matched skills. */
    private static final double DEGREE_PENALTY = 0.3;
    /** A degree the role names and the person meets: less than a level lacked, so that it never outweighs a wish. */
    private static final double DEGREE_MET_BONUS = 0.1;

    private static final List<TopicId> SKILL_TOPICS = List.of(TopicId.REQUIREMENTS, TopicId.SKILLS);
    /** How much naming the person's current job in a role's path or requirements counts, in matched-skill terms. */
    private static final double EXPERIENCE_BONUS = 0.3;

    private static final int MAX_MISSING = 6;

    private final Vocabulary vocabulary;
    private final SkillVocabulary skills;

    SkillsGapAdvisor(Vocabulary vocabulary, SkillVocabulary skills) {
        this.vocabulary = vocabulary;
        this.skills = skills;
    }

    /**
     * @param messages the person's messages in this conversation, the current one last
     * @param likeness how close each role's statements came to the messages in the search (0 to 1, by role id): with
     *                 few skills to match ("Director of QA, ten years"), the role whose document reads most like the
     *                 person's background comes first
     * @param wished   how close each role came to what the person says they want (0 to 1, by role id; 1 for the role
     *                 clearly most like it), see {@link #aspirations}
     * @param wish     the wish itself ("do pure research"), or null
     * @param workDone whether the wish is the work the person does now, not what they want
     */
    ComposedAnswer compose(
            List<String> messages,
            List<RoleDocument> candidates,
            RoleSections sections,
            Map<String, Double> likeness,
            Map<String, Double> wished,
            String wish,
            boolean workDone) {
        Set<String> have = new LinkedHashSet<>();
        messages.forEach(message -> have.addAll(had(message)));
        List<String> experience = messages.stream()
                .flatMap(message -> experience(message).stream())
                .distinct()
                .toList();
        int degree = messages.stream().mapToInt(Degrees::highestNamed).max().orElse(UNKNOWN);
        // Years of experience or a degree are a background too ("Director of QA, 15 years", "data analyst with a stats
        // MSc"): the fit is then read from requirements.
        Set<String> lacking = new LinkedHashSet<>();
        messages.forEach(message -> lacking.addAll(lacked(message)));
        lacking.removeAll(have);
        // "I want to own the data pipelines": what the work wished for needs and the person does not claim yet.
        Set<String> wanted = new LinkedHashSet<>();
        aspirations(messages.get(messages.size() - 1)).forEach(aspiration -> wanted.addAll(skills.find(aspiration)));
        wanted.removeAll(have);
        // A stated wish is enough to rank the roles by ("bootcamp grad ... want to code AI models all day").
        if (have.isEmpty() && experience.isEmpty() && degree == UNKNOWN && wished.isEmpty()) {
            return new ComposedAnswer(
                    "Tell me which skills, tools and experience you have (for example *I know Python and SQL "
                            + "and have 2 years as a data analyst*), and I will match them against each role's requirements.",
                    List.of());
        }
        String last = messages.get(messages.size() - 1);
        int years = years(experience, messages);
        // "five years as a research scientist ... I want to move up": the next role, not the one they hold.
        List<RoleDocument> ranked = candidates;
        if (MOVE_UP.matcher(last).find()) {
            List<RoleDocument> others = candidates.stream()
                    .filter(role -> !holds(role, experience, last))
                    .toList();
            ranked = others.isEmpty() ? candidates : others;
        }
        List<Fit> fits = ranked.stream()
                .map(role -> fit(role, have, experience, sections))
                .filter(fit -> !fit.required().isEmpty())
                .sorted(Comparator.comparingDouble((Fit fit) -> fit.score()
                                + (targeted(fit.role(), last) ? TARGET_BONUS : 0)
                                + LIKENESS_WEIGHT
                                        * likeness.getOrDefault(fit.role().id(), 0.0)
                                + (wished.getOrDefault(fit.role().id(), 0.0) >= 1.0 ? ASPIRATION_WEIGHT : 0)
                                + (degreeMet(fit, degree).isPresent() ? DEGREE_MET_BONUS : 0)
                                - degreeShortfall(fit, degree) * DEGREE_PENALTY)
                        .reversed())
                .toList();

        if (fits.isEmpty()) {
            return new ComposedAnswer(
                    "None of the role documents names the skills you describe (" + String.join(", ", have)
                            + "), so I can't say which role fits.",
                    List.of());
        }
        Fit best = fits.get(0);
        List<Statement> used = new ArrayList<>();
        StringBuilder markdown = new StringBuilder();
        if (candidates.size() == 1 && QUALIFY.matcher(last).find()) {
            // "ok so i have a phd and 3 yrs leading a research group, do i qualify": a verdict on what the person
            // says they have against the degree and the years the role asks for.
            qualifies(best, degree, years)
                    .ifPresent(verdict -> markdown.append(verdict).append("\n\n"));
        }
        markdown.append("**Closest fit: ").append(best.role().title()).append(".** ");
        // "we need someone to put research into production", "friend of mine wants to ...": the work is someone
        // else's to do, and nothing is known of what they have.
        boolean own = OWN.matcher(String.join(" ", messages)).find();
        boolean nothingHad = have.isEmpty() && experience.isEmpty() && degree == UNKNOWN && lacking.isEmpty();
        String wishedFor = wishedFor(
                best,
                wished,
                wish,
                own ? (workDone ? "the work you describe" : "what you want") : "the work described");
        markdown.append(wishedFor);
        // Nothing had but the work told: what it asks for is listed, not "none of your skills yet".
        if ((own || !nothingHad) && !(workDone && nothingHad)) {
            markdown.append(wishedFor.isEmpty() ? "" : " ").append(why(best, degree));
        }
        markdown.append('\n');
        appendGaps(markdown, best, have, new Stated(lacking, wanted), degree, years, used, nothingHad && !own);
        appendLackedWork(markdown, best, lacking, sections, used);
        // The next role shows when it matches something or is what the person wishes for ("... but I love AI
        // research").
        if (fits.size() > 1
                && (fits.get(1).score() > 0
                        || wished.getOrDefault(fits.get(1).role().id(), 0.0) >= 1.0)) {
            Fit next = fits.get(1);
            markdown.append("\n**Next closest: ")
                    .append(next.role().title())
                    .append(".** ")
                    .append(why(next, degree))
                    .append('\n');
            List<Statement> gaps = gaps(next, have, new Stated(lacking, wanted), degree, years);
            if (!gaps.isEmpty()) {
                markdown.append("- Missing most: ")
                        .append(gaps.get(0).quote())
                        .append(" (*")
                        .append(gaps.get(0).section())
                        .append("*)\n");
                used.add(gaps.get(0));
            }
        }
        markdown.append("\n_")
                .append(readFrom(have, experience, lacking, wish, own, workDone))
                .append(" Matched against the requirement and skill ")
                .append("sections of each role document; it weighs skills, not people._");
        best.required().values().stream()
                .filter(unit -> !used.contains(unit))
                .limit(MAX_MISSING)
                .forEach(used::add);
        return new ComposedAnswer(
                markdown.toString().strip(), sections.sources(new ArrayList<>(new LinkedHashSet<>(used))));
    }

    private static final int MAX_MOVE_UP_WORDS = 3;

    /** The person writing speaks of themselves: the fit is theirs, not a friend's or a hire's. */
    private static final Pattern OWN =
            Pattern.compile("(?i)\\b(i|i'm|im|i've|ive|i'd|me)\\b|\\bmy\\b(?! (?:son|daughter|"
                    + "friend|kid|child|partner|wife|husband|nephew|niece|brother|sister|cousin|colleague|candidate)s?\\b)|"
                    + Text.UNSAID_I);

    /** "know: do I need a PhD", "ask something": a wish to learn something, not for work a role does. */
    private static final Pattern NO_WORK =
            Pattern.compile("(?i)^(?:to )?(?:know|ask|understand|find out|learn more|check|" + "hear|see|confirm)\\b");

    /**
     * Whether a wish describes no work of a role: only a step up ("move up"), a wish to know something, or a word or two
     * ("do", left of "do more than just testing").
     */
    static boolean describesNoRole(String wish) {
        return MOVE_UP.matcher(wish).find() && Text.words(wish).size() <= MAX_MOVE_UP_WORDS
                || NO_WORK.matcher(wish.strip()).find()
                || Text.words(wish).size() < 2;
    }

    /** "move up", "the natural next one", "a promotion": the role after the one the person holds. */
    private static final Pattern MOVE_UP =
            Pattern.compile("(?i)\\b(move up|step up|level up|next (step|role|level|one)|"
                    + "natural next|promot(ed|ion)|climb|move on from)\\b");

    /** Whether the person says they work as the role now ("five years as a research scientist", "I'm a research scientist"). */
    private static boolean holds(RoleDocument role, List<String> experience, String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        return role.names().stream()
                .map(name -> name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(ai|ml|machine learning) ", ""))
                .filter(name -> name.contains(" "))
                .anyMatch(name -> experience.stream()
                                .anyMatch(job ->
                                        job.toLowerCase(java.util.Locale.ROOT).contains(name))
                        || lower.matches("(?s).*\\b(i'?m|i am|work as|working as|currently)( an?)? "
                                + java.util.regex.Pattern.quote(name) + "\\b.*"));
    }

    /** Whether the message asks which of the roles fits, rather than about the one it names. */
    static boolean asksWhichRole(String message) {
        return WHICH_ROLE.matcher(message).find() || guessesRole(message);
    }

    /**
     * The work the person says they do now, when they tell it as what they run and lead rather than as skills: "I run a
     * 40-person test org", "I lead 6 PhD researchers, set the research agenda and we publish at top conferences", "I
     * own QA and the AI roadmap".
     */
    static java.util.Optional<String> workDone(String message) {
        Matcher work = WORK_DONE.matcher(message);
        List<String> said = new ArrayList<>();
        while (work.find()) {
            // "can I lead a research team without a PhD?", "should I build more projects first?": asked, not done.
            boolean asked = ASKED_BEFORE
                            .matcher(message.substring(Math.max(0, work.start() - 12), work.start()))
                            .find()
                    || message.indexOf('?', work.end()) == work.end()
                    // "who builds the pipelines, the architect or the engineer?" asks who, of nobody described.
                    || work.group(3) != null
                            && message.substring(0, work.start()).isBlank();
            if (!asked) {
                said.add(java.util.stream.IntStream.rangeClosed(1, 4)
                        .mapToObj(work::group)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElseThrow()
                        .strip());
            }
        }
        return said.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", said));
    }

    private static final Pattern WORK_DONE = Pattern.compile(
            "(?i)\\b(?:(?:i|we)(?:'ve| have)?\\s+"
                    + "(?:also\\s+|now\\s+|currently\\s+)?"
                    + "((?:run|lead|manage|head|own|oversee|direct|set|built|build|publish|ship|shipped)\\b"
                    + "[^.?!;]{4,140})"
                    // "a candidate who leads an applied ML squad: hands-on, builds and optimises models": the work of
                    // the
                    // person described.
                    // "Senior scientist, PhD, 3 yrs leading a research team, mentors scientists and engineers": the
                    // work told
                    // in a CV's fragments.
                    + "|(?:^|[,;]\\s*)(?:\\d+\\+?\\s*(?:yrs?|years?)\\s+)?((?:leading|managing|running|heading|mentoring|leads|"
                    + "manages|runs|heads|mentors)\\b[^.?!;,]{4,140})"
                    + "|who\\s+(?:also\\s+|now\\s+|currently\\s+)?"
                    + "((?:runs|leads|manages|heads|owns|oversees|directs|sets|builds|built|publishes|ships|shipped)\\b"
                    + "[^.?!;]{4,140})"
                    // "Source runs a group of eight research scientists ... Which role is that?", "She leads a QA org
                    // of 40":
                    // the work of the person a sentence starts with.
                    + "|(?:^|[.!?]\\s+)(?!(?:who|what|which|how|why|where|when|does|do|is|can|could|should)\\b)"
                    + "(?:he|she|they|(?:my|our|the|this|that) [a-z]+|[a-z]+)\\s+"
                    + "((?:runs|leads|manages|heads|oversees|directs|mentors)\\s+(?:an? |the |their |his |her )?(?:\\w+ ){0,3}?"
                    + "(?:team|group|lab|org|organi[sz]ation|department|unit|squad|people|engineers|scientists|researchers"
                    + "|testers|juniors|analysts)\\b[^.?!;]{0,140}?)(?=,? and (?:wants?|hopes?|plans?|would like)\\b|[.?!;]|$))");

    /** "can", "should", "if", "to" just before the "I": the work is asked about or wished, not done. */
    private static final Pattern ASKED_BEFORE =
            Pattern.compile("(?i)\\b(?:can|could|should|would|will|shall|may|might|do|did|if|to|when)\\s+$");

    /**
     * "research scientist or something else?", "is the scientist job for me or another role fits better": a role named
     * as a guess, the roles to choose from still all open.
     */
    static boolean guessesRole(String message) {
        return GUESSED_ROLE.matcher(message).find();
    }

    private static final Pattern GUESSED_ROLE =
            Pattern.compile("(?i)\\b(?:scientist|engineer|architect|manager|vp|role|"
                    + "job|one)s?\\s*,?\\s+or (?:something|someone) else\\b"
                    + "|\\bor (?:an?other|a different|some other|a better) (?:role|job|title|position|one)\\b");

    /**
     * What the person says they want the work to be, from their last message: "do pure research"; each wish, also one
     * inside another ("an AI research job where I invent new algorithms" holds "invent new algorithms").
     */
    static List<String> aspirations(String message) {
        Matcher wish = ASPIRATION.matcher(message);
        // "I love shipping features ... I want to build AI models": what they want before what they like doing now.
        List<String> wants = new ArrayList<>();
        List<String> likings = new ArrayList<>();
        int from = 0;
        while (from < message.length() && wish.find(from)) {
            // "lead a team but never managed anyone", "do pure research - which role?": the wish, not what follows it.
            String said = KIND_OF_WORK_LIKED.matcher(wish.group(1)).lookingAt()
                    ? wish.group(1).strip()
                    : WISH_END.split(wish.group(1), 2)[0].strip();
            // "dont want to manage anyone": what they do not want is no wish.
            boolean unwanted = UNWANTED.matcher(message.substring(Math.max(0, wish.start() - 14), wish.start()))
                    .find();
            if (!unwanted) {
                (LIKING.matcher(wish.group()).lookingAt() ? likings : wants).add(said);
            }
            from = wish.start(1);
        }
        wants.addAll(likings);
        return wants;
    }

    /**
     * Whether the message names the role as where the person wants to go ("want to move into ML data architecture"),
     * not as what they are now ("data scientist, ..."): its head word comes after a word of wanting.
     */
    static boolean targeted(RoleDocument role, String message) {
        Matcher goal = GOAL.matcher(message);
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        List<String> names = role.names().stream()
                .map(name -> name.toLowerCase(java.util.Locale.ROOT))
                .toList();
        int from = -1;
        while (goal.find()) {
            from = goal.end();
            // "want to become a research manager, what do they want": the clause a word of wanting opens names it.
            String clause = GOAL_CLAUSE_END.split(lower.substring(from), 2)[0];
            if (names.stream().anyMatch(clause::contains)) {
                return true;
            }
        }
        if (from < 0) {
            return false;
        }
        String after = lower.substring(from);
        // A whole name ("ML data architect" also in "ML data architecture"), not a head word: "guide the scientists"
        // does not make the scientist's job the goal, nor "an AI research job" the manager's.
        return names.stream().anyMatch(after::contains);
    }

    /** The skills a message says the person lacks: those after a word that denies them ("never touched Kubernetes"). */
    private Set<String> lacked(String message) {
        Set<String> lacked = new LinkedHashSet<>();
        // "need someone to put research into production, practical applications not papers", "hands on, not theory":
        // what a wish is set against is not what the person lacks.
        told(message, false).forEach(part -> lacked.addAll(skills.find(denied(part)[1])));
        return skills.withImpliedLacks(lacked);
    }

    /** The skills a message says the person has: not those a word denies ("never done ETL"), nor those wished for. */
    private Set<String> had(String message) {
        Set<String> had = new LinkedHashSet<>();
        told(message, true).forEach(part -> had.addAll(skills.find(denied(part)[0])));
        return had;
    }

    /**
     * What each clause tells of the person, up to a wish it opens ("I want to own data platforms for ML teams" wishes
     * for machine learning, it does not claim it); the clauses after a wish go on with it unless they claim anew ("I
     * want to build, train and deploy models", "... but I know SQL").
     *
     * @param withoutAsked whether to leave out the skills a clause asks about ("like which math + languages?", "... and
     *                     what should I learn")
     */
    private static List<String> told(String message, boolean withoutAsked) {
        List<String> told = new ArrayList<>();
        for (String sentence : SENTENCE.split(message)) {
            boolean wishing = false;
            for (String clause : CLAUSE.split(sentence)) {
                if (wishing && !CLAIMS.matcher(clause).find()) {
                    continue;
                }
                Matcher asks = ASKS_WHAT.matcher(clause);
                String stated = withoutAsked && asks.find() ? clause.substring(0, asks.start()) : clause;
                Matcher wish = ASPIRATION.matcher(stated);
                wishing = wish.find();
                told.add(wishing ? stated.substring(0, wish.start()) : stated);
            }
        }
        return told;
    }

    private static final Pattern SENTENCE = Pattern.compile("[.;!?]+\\s");

    /** A clause that claims something of the person: "I know SQL", "have 3 years of Spark", "did a PhD". */
    private static final Pattern CLAIMS = Pattern.compile("(?i)\\b(i|i'm|im|i've|ive|have|has|had|know|knows|did|done|"
            + "used|worked|work|working|built|studied|hold|holds|got)\\b");

    /**
     * A clause cut into what it claims and what it denies: the denial runs from its word to the next "and" that starts
     * another statement ("good at Python and SQL and struggle with cloud": cloud denied, Python and SQL claimed;
     * "skipped
     * college and taught myself Spark": Spark claimed).
     */
    private static String[] denied(String clause) {
        Matcher negation = NEGATION.matcher(clause);
        if (!negation.find()) {
            return new String[] {clause, ""};
        }
        if (AFTER_SKILL.matcher(negation.group()).matches()
                && !WEAKNESS_NAMED.matcher(clause.substring(negation.end())).lookingAt()) {
            // "math is kinda rusty", "my SQL has gone weak": the denial is of what comes before it, from the last
            // "and".
            int start = Math.max(0, clause.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" and ", negation.start()));
            return new String[] {
                clause.substring(0, start) + " " + clause.substring(negation.end()),
                clause.substring(start, negation.end())
            };
        }
        Matcher resumed = RESUMED.matcher(clause);
        int end = resumed.find(negation.end()) ? resumed.start() : clause.length();
        return new String[] {
            clause.substring(0, negation.start()) + " " + clause.substring(end), clause.substring(negation.start(), end)
        };
    }

    /** The lowest degree the role's requirements name, or unknown when they name none. */
    private static int requiredDegree(Fit fit) {
        return fit.requirements().stream()
                .mapToInt(unit -> Degrees.lowestNamed(unit.quote()))
                .filter(level -> level > 0)
                .min()
                .orElse(UNKNOWN);
    }

    /**
     * "do i qualify", "am i eligible", "can she apply", "could i move into it": a verdict asked on one role, given
     * when the person names a degree or years to weigh.
     */
    private static final Pattern QUALIFY = Pattern.compile("(?i)\\b(do i qualify|would i qualify|could i qualify|"
            + "am i qualified|am i eligible|would i be eligible|do i meet (the |its |their )?requirements|is that enough to apply|"
            + "(?:can|could|would|may) (?:i|she|he|they) (?:still )?(?:apply|be|become|move|get|switch|go|qualify)|"
            + "(?:am i|is (?:she|he)|are they) (?:a )?(?:good |strong )?(?:fit|eligible|qualified|ready))\\b");

    /** Whether a message asks for a verdict on whether the person qualifies for a role. */
    static boolean asksToQualify(String message) {
        return QUALIFY.matcher(message).find();
    }

    /**
     * Yes when the degree and the years the person names meet the lowest degree and the fewest years the role's
     * requirements ask for, not yet when one falls short; empty when the person names neither or the role asks neither.
     */
    private static java.util.Optional<String> qualifies(Fit fit, int degree, int years) {
        int required = requiredDegree(fit);
        java.util.Optional<Statement> yearsLine = fit.requirements().stream()
                .filter(unit -> yearsAsked(unit.quote()) != UNKNOWN)
                .min(Comparator.comparingInt(unit -> yearsAsked(unit.quote())));
        List<Statement> checked = new ArrayList<>();
        boolean meets = true;
        if (degree != UNKNOWN && required != UNKNOWN) {
            meets = degree >= required;
            degreeLine(fit, required).ifPresent(checked::add);
        }
        if (years != UNKNOWN && yearsLine.isPresent()) {
            meets &= years >= yearsAsked(yearsLine.get().quote());
            checked.add(yearsLine.get());
        }
        if (checked.isEmpty()) {
            return java.util.Optional.empty();
        }
        String asked = checked.stream()
                .map(Statement::quote)
                .map(SkillsGapAdvisor::lowerFirst)
                .collect(Collectors.joining("; "));
        return java.util.Optional.of((meets
                        ? "**Yes**, on what you describe: it asks for "
                        : "**Not yet**, on what you describe: it asks for ")
                + asked + " (" + fit.role().title() + ", *" + checked.get(0).section() + "*).");
    }

    /**
     * How many degree levels the person lacks for the role: none when either is unknown; "Master's or Ph.D." asks for
     * a master's, "at minimum a Bachelor's" for a bachelor's.
     */
    private static int degreeShortfall(Fit fit, int degree) {
        int required = requiredDegree(fit);
        return degree == UNKNOWN || required == UNKNOWN ? 0 : Math.max(0, required - degree);
    }

    /** The degrees a person can name, by level: "your Ph.D. meets what it asks for". */
    private static final Map<Integer, String> DEGREE_NAMES =
            Map.of(1, "Bachelor's degree", 2, "Master's degree", 3, "Ph.D.");

    /** The requirement line naming the role's lowest degree, when the degree the person names meets it. */
    private static java.util.Optional<Statement> degreeMet(Fit fit, int degree) {
        int required = requiredDegree(fit);
        if (degree == UNKNOWN || required == UNKNOWN || degree < required || !DEGREE_NAMES.containsKey(degree)) {
            return java.util.Optional.empty();
        }
        return degreeLine(fit, required);
    }

    /** The requirement line that names the given degree level as its lowest. */
    private static java.util.Optional<Statement> degreeLine(Fit fit, int level) {
        return fit.requirements().stream()
                .filter(unit -> Degrees.lowestNamed(unit.quote()) == level)
                .findFirst();
    }

    /** "An advanced degree ..." read inside a sentence: "an advanced degree ...". */
    private static String lowerFirst(String quote) {
        return quote.length() > 1 && Character.isLowerCase(quote.charAt(1))
                ? Character.toLowerCase(quote.charAt(0)) + quote.substring(1)
                : quote;
    }

    /**
     * "It is the role most like what you want (do pure research)." for the role a wish decided, else nothing; "the work
     * described" when the work is someone else's.
     */
    private static String wishedFor(Fit fit, Map<String, Double> wished, String wish, String what) {
        return wish != null && wished.getOrDefault(fit.role().id(), 0.0) >= 1.0
                ? "It is the role most like " + what + " (*" + wish + "*)."
                : "";
    }

    /** Why a role fits: the skills its documents ask for that the person has, and their experience where it counts. */
    private static String why(Fit fit, int degree) {
        StringBuilder why = new StringBuilder();
        java.util.Optional<Statement> degreeMet = degreeMet(fit, degree);
        if (fit.matched().isEmpty() && degreeMet.isEmpty()) {
            why.append("Its document names none of your skills yet");
        } else if (fit.matched().isEmpty()) {
            why.append("Your ").append(DEGREE_NAMES.get(degree)).append(" meets what it asks for: ");
        } else {
            why.append("You already have what it asks for in ").append(describe(fit, fit.matched()));
            degreeMet.ifPresent(line ->
                    why.append("; your ").append(DEGREE_NAMES.get(degree)).append(" meets what it asks for: "));
        }
        degreeMet.ifPresent(line -> why.append(lowerFirst(line.quote()))
                .append(" (*")
                .append(line.section())
                .append("*)"));
        if (fit.jobUnit() != null) {
            why.append(", and your experience counts: ")
                    .append(fit.jobUnit().quote())
                    .append(" (*")
                    .append(fit.jobUnit().section())
                    .append("*)");
        }
        return why.append('.').toString();
    }

    /**
     * What the answer read from the messages, for the person to check: "Read from your messages: Python, SQL, 2 years
     * of experience; you say you lack: Cloud platforms." (or what they want, when they name no skill).
     */
    private static String readFrom(
            Set<String> have,
            List<String> experience,
            Set<String> lacking,
            String wish,
            boolean own,
            boolean workDone) {
        List<String> read = new ArrayList<>(have);
        read.addAll(experience);
        List<String> parts = new ArrayList<>();
        if (!read.isEmpty()) {
            parts.add(String.join(", ", read));
        }
        if (!lacking.isEmpty()) {
            parts.add("you say you lack " + String.join(", ", lacking));
        }
        if (parts.isEmpty()) {
            if (!own) {
                return wish != null
                        ? "Read from the message: no skills, the work described (" + wish + ")."
                        : "Read from the message: no skills.";
            }
            return wish != null
                    ? "Read from your messages: no skills yet, " + (workDone ? "the work you do" : "what you want")
                            + " (" + wish + ")."
                    : "Read from your messages: no skills yet.";
        }
        return "Read from your messages: " + String.join("; ", parts) + ".";
    }

    /** What the person said they lack ("never touched Kubernetes") and the skills the work they want asks for. */
    private record Stated(Set<String> denied, Set<String> wanted) {}

    private static void appendGaps(
            StringBuilder markdown,
            Fit fit,
            Set<String> have,
            Stated stated,
            int degree,
            int years,
            List<Statement> used,
            boolean nothingKnown) {
        List<Statement> gaps = gaps(fit, have, stated, degree, years);
        if (gaps.isEmpty()) {
            markdown.append("\nIts requirements name nothing you lack.\n");
            return;
        }
        // Nothing known of what someone else has: the requirements are what it asks, not what they miss.
        markdown.append(
                nothingKnown
                        ? "\n**What it requires**:\n"
                        : "\n**What is missing**, where the document requires it:\n");
        appendLines(markdown, gaps, used);
    }

    /** Each statement as a line with the section it is from, marked as used. */
    private static void appendLines(StringBuilder markdown, List<Statement> lines, List<Statement> used) {
        lines.forEach(line -> markdown.append("- ")
                .append(line.quote())
                .append(" (*")
                .append(line.section())
                .append("*)\n"));
        used.addAll(lines);
    }

    /**
     * What the person says they lack that the role's requirements do not name but its work does ("i never did a paper"
     * against "Publishing research findings and presenting them at conferences" among the tasks): the first such
     * statement per skill.
     */
    private void appendLackedWork(
            StringBuilder markdown, Fit fit, Set<String> lacking, RoleSections sections, List<Statement> used) {
        List<Statement> lines = new ArrayList<>(fit.required().values());
        lines.addAll(fit.requirements());
        Set<String> named = new LinkedHashSet<>();
        lines.forEach(line -> named.addAll(fit.skillsOf().apply(line)));
        List<Statement> work = new ArrayList<>();
        for (String skill : lacking) {
            if (named.contains(skill)) {
                continue;
            }
            sections.allUnits(fit.role()).stream()
                    .filter(unit -> !used.contains(unit) && !work.contains(unit))
                    .filter(unit -> skills.find(unit.quote()).contains(skill))
                    .findFirst()
                    .ifPresent(work::add);
        }
        if (work.isEmpty()) {
            return;
        }
        markdown.append("\n**The work also includes what you say you have not done yet**:\n");
        appendLines(markdown, work, used);
    }

    /**
     * The requirement lines the person does not meet yet, what they said first: a degree they lack, the skills they say
     * they lack or their wish needs, the years they do not have yet; then a degree they did not mention, then the lines
     * naming none of the skills the person has (experience, leadership), in document order.
     */
    private static List<Statement> gaps(Fit fit, Set<String> have, Stated stated, int degree, int years) {
        Set<String> denied = stated.denied();
        Set<Statement> lacking = new LinkedHashSet<>();
        fit.required().forEach((skill, unit) -> {
            if (!have.contains(skill)) {
                lacking.add(unit);
            }
        });
        Set<Statement> met = new LinkedHashSet<>();
        fit.required().forEach((skill, unit) -> {
            if (have.contains(skill)) {
                met.add(unit);
            }
        });
        fit.requirements().stream()
                .filter(unit -> fit.skillsOf().apply(unit).stream().anyMatch(have::contains))
                .forEach(met::add);
        fit.requirements().stream()
                .filter(unit -> !met.contains(unit) && !lacking.contains(unit))
                .forEach(lacking::add);
        // "SQL, NoSQL ...; Cloud platforms: AWS" is not met by SQL for someone who says they never used the cloud.
        List<Statement> allLines = new ArrayList<>(fit.required().values());
        allLines.addAll(fit.requirements());
        allLines.stream()
                .distinct()
                // A degree line ("a Bachelor's in Computer Science, Mathematics ...") is about the degree, not the
                // skill.
                .filter(unit -> Degrees.lowestNamed(unit.quote()) == 0)
                .filter(unit -> fit.skillsOf().apply(unit).stream().anyMatch(denied::contains))
                .forEach(unit -> {
                    met.remove(unit);
                    lacking.add(unit);
                });
        if (degree != UNKNOWN) {
            // "A Ph.D. in ... machine learning" is met by the degree, not by knowing machine learning.
            List<Statement> degreeLines = new ArrayList<>(fit.required().values());
            degreeLines.addAll(fit.requirements());
            degreeLines.stream()
                    .distinct()
                    .filter(unit -> Degrees.lowestNamed(unit.quote()) > 0)
                    .forEach(unit -> {
                        if (Degrees.advantage(unit.quote())) {
                            // "A Master's degree ... is a strong advantage": not a gap for someone who has the minimum.
                            lacking.remove(unit);
                            return;
                        }
                        if (degree < Degrees.lowestNamed(unit.quote())) {
                            met.remove(unit);
                            lacking.add(unit);
                        } else {
                            met.add(unit);
                        }
                    });
        }
        // A degree the person lacks comes first: it is the requirement that takes longest to meet.
        List<Statement> degreeGap = lacking.stream()
                .filter(unit -> !met.contains(unit) && Degrees.lowestNamed(unit.quote()) > 0)
                .limit(1)
                .toList();
        List<Statement> ordered = new ArrayList<>(degree != UNKNOWN ? degreeGap : List.of());
        // Then what the person says they lack ("never touched containers"), what the work they want needs ("own the
        // data pipelines"), and years of experience they do not have yet.
        lacking.stream()
                .filter(unit -> !met.contains(unit)
                        && !ordered.contains(unit)
                        && Degrees.lowestNamed(unit.quote()) == 0
                        && fit.skillsOf().apply(unit).stream().anyMatch(denied::contains))
                .forEach(ordered::add);
        // "feed ML" names the field of the ML Data Architect, not a skill to learn first.
        Set<String> wanted = new LinkedHashSet<>(stated.wanted());
        wanted.removeAll(fit.field());
        lacking.stream()
                .filter(unit -> !met.contains(unit)
                        && !ordered.contains(unit)
                        && Degrees.lowestNamed(unit.quote()) == 0
                        && fit.skillsOf().apply(unit).stream().anyMatch(wanted::contains))
                .forEach(ordered::add);
        if (years != UNKNOWN) {
            List<Statement> experienceLines = new ArrayList<>(fit.requirements());
            experienceLines.addAll(fit.required().values());
            experienceLines.addAll(fit.experienceSteps());
            experienceLines.stream()
                    .distinct()
                    .filter(unit -> !ordered.contains(unit) && yearsAsked(unit.quote()) > years)
                    .forEach(ordered::add);
        }
        // A degree the person did not mention: after what they said, before the rest.
        degreeGap.stream().filter(unit -> !ordered.contains(unit)).forEach(ordered::add);
        lacking.stream()
                .filter(unit ->
                        !met.contains(unit) && !ordered.contains(unit) && Degrees.lowestNamed(unit.quote()) == 0)
                .forEach(ordered::add);
        return ordered.stream().limit(MAX_MISSING).toList();
    }

    /**
     * Scores a role by matched skills over a low root of the skills it names, so a long document that names many
     * skills neither wins nor loses by its length alone; naming the person's current job adds a little.
     */
    private Fit fit(RoleDocument role, Set<String> have, List<String> experience, RoleSections sections) {
        Map<String, Statement> required = new LinkedHashMap<>();
        List<Statement> requirements = new ArrayList<>();
        Topic softSkills = vocabulary.topic(TopicId.SOFT_SKILLS);
        List<String> jobs = experience.stream()
                .map(SkillsGapAdvisor::job)
                .filter(job -> !job.isEmpty())
                .toList();
        Statement jobUnit = null;
        // "Build 3-5 years of experience, then move into a data architect role": years the way in asks for.
        List<Statement> experienceSteps = new ArrayList<>();
        for (Statement unit : sections.allUnits(role)) {
            String where = unit.section();
            if (vocabulary.topic(TopicId.CAREER).answeredBy(where) && yearsAsked(unit.quote()) > 0) {
                experienceSteps.add(unit);
            }
            boolean skillSection = SKILL_TOPICS.stream()
                    .anyMatch(topic -> vocabulary.topic(topic).answeredBy(where));
            if (skillSection && !softSkills.answeredBy(where)) {
                skills.find(unit.quote()).forEach(skill -> required.putIfAbsent(skill, unit));
                if (unit.listItem() && vocabulary.topic(TopicId.REQUIREMENTS).answeredBy(where)) {
                    requirements.add(unit);
                }
            }
            String text = unit.quote().toLowerCase(java.util.Locale.ROOT);
            boolean soft = softSkills.answeredBy(where);
            if (jobUnit == null
                    && !soft
                    && (skillSection || vocabulary.topic(TopicId.CAREER).answeredBy(where))
                    && jobs.stream().anyMatch(text::contains)) {
                jobUnit = unit;
            }
        }
        List<String> matched = required.keySet().stream().filter(have::contains).toList();
        double score = required.isEmpty() ? 0 : matched.size() / Math.pow(required.size(), LENGTH_DAMPING);
        return new Fit(
                role,
                required,
                requirements,
                matched,
                score + (jobUnit != null ? EXPERIENCE_BONUS : 0),
                jobUnit,
                unit -> new LinkedHashSet<>(skills.find(unit.quote())),
                skills.find(role.title()),
                experienceSteps);
    }

    private static final Pattern YEARS_ASKED =
            Pattern.compile("(?i)(?<![\\d.])(\\d+)(?:\\.\\d+)?\\s*(?:-\\s*\\d+|\\+)?\\s*years?\\b");

    /** The fewest years of experience a requirement asks for ("3-5 years", "2+ years"), or unknown. */
    private static int yearsAsked(String requirement) {
        Matcher matcher = YEARS_ASKED.matcher(requirement);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : UNKNOWN;
    }

    /**
     * The most years of experience the person names ("6 years as ...", "1 year out of uni"), none for "just graduated,
     * no real job yet", or unknown.
     */
    private static int years(List<String> experience, List<String> messages) {
        int named = yearsNamed(experience);
        return named == UNKNOWN
                        && messages.stream()
                                .anyMatch(message ->
                                        NO_EXPERIENCE.matcher(message).find())
                ? 0
                : named;
    }

    private static final Pattern NO_EXPERIENCE = Pattern.compile("(?i)\\b(no (?:real |work |professional |industry )?"
            + "(?:job|experience|work experience)(?: yet)?|never (?:had a job|worked)|just graduated|fresh (?:grad|graduate)|"
            + "recent (?:grad|graduate)|straight out of (?:uni|university|college|school))\\b");

    private static int yearsNamed(List<String> experience) {
        return experience.stream()
                .map(YEARS_ASKED::matcher)
                .filter(Matcher::find)
                .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                .max()
                .orElse(UNKNOWN);
    }

    /** "2 years as data analyst" -> "data analy": the job's or field's words, cut to match "data analysis" as well. */
    private static String job(String experience) {
        // "2 years as data analyst", "10 years in test automation".
        int asAt = experience.indexOf(" as ");
        int inAt = experience.indexOf(" in ");
        int as = asAt < 0 ? inAt : inAt < 0 ? asAt : Math.min(asAt, inAt);
        if (as < 0) {
            return "";
        }
        String job = experience.substring(as + 4).strip().toLowerCase(java.util.Locale.ROOT);
        return job.length() > 6 ? job.substring(0, job.length() - 3) : job;
    }

    /** The most skills beside those given that a line may name and still be one line of alternatives. */
    private static final int MAX_BESIDE = 3;

    /**
     * Skills grouped by the section that names them, with the skills the same lines name beside them that the person
     * did not give: "Java (*Technical Skills*; the same line also names Python, R)", so a line met by one of its
     * skills still shows the others.
     */
    private static String describe(Fit fit, List<String> names) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        Map<String, Set<String>> besides = new LinkedHashMap<>();
        for (String skill : names) {
            Statement unit = fit.required().get(skill);
            String section = unit.section();
            bySection.computeIfAbsent(section, key -> new ArrayList<>()).add(skill);
            Set<String> others = besides.computeIfAbsent(section, key -> new LinkedHashSet<>());
            List<String> beside = fit.skillsOf().apply(unit).stream()
                    .filter(other -> !names.contains(other))
                    .toList();
            if (beside.size() <= MAX_BESIDE) {
                // A short line of alternatives ("Python, Java and R"), not a whole skills section.
                others.addAll(beside);
            }
        }
        return bySection.entrySet().stream()
                .map(entry -> {
                    Set<String> others = besides.get(entry.getKey());
                    return String.join(", ", entry.getValue()) + " (*" + entry.getKey() + "*"
                            + (others.isEmpty() ? "" : "; the same line also names " + String.join(", ", others))
                            + ")";
                })
                .collect(Collectors.joining("; "));
    }

    static List<String> experience(String message) {
        List<String> found = new ArrayList<>();
        // "after a decade in test automation", "two decades as a DBA": years, counted in tens.
        String counted = A_DECADE.matcher(TWO_DECADES.matcher(message).replaceAll("20 years"))
                .replaceAll("10 years");
        Matcher matcher = EXPERIENCE.matcher(counted);
        while (matcher.find()) {
            String years =
                    WORD_NUMBERS.getOrDefault(matcher.group(1).toLowerCase(java.util.Locale.ROOT), matcher.group(1));
            String as = matcher.group(2);
            // "10 years as a DBA", "10 years in test automation": the job or the field, as the message puts it.
            String joint = as == null
                    ? ""
                    : counted.substring(matcher.start(), matcher.start(2)).matches("(?is).*\\bin\\s+(?:an?\\s+)?")
                            ? " in "
                            : " as ";
            found.add(years + " years" + (as == null ? " of experience" : joint + as.strip()));
        }
        return found;
    }

    private static final Pattern A_DECADE = Pattern.compile("(?i)\\b(?:after )?(?:a|one) decade\\b");
    private static final Pattern TWO_DECADES = Pattern.compile("(?i)\\b(?:two|2) decades\\b");

    private record Fit(
            RoleDocument role,
            Map<String, Statement> required,
            List<Statement> requirements,
            List<String> matched,
            double score,
            Statement jobUnit,
            java.util.function.Function<Statement, Set<String>> skillsOf,
            Set<String> field,
            List<Statement> experienceSteps) {}
}
