package org.careeradvisor.advisor;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.conversation.Turn;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.SearchIndexHolder;

/**
 * Understands a message without a language model: small talk, instruction overrides and personal-data requests,
 * the roles and topic it is about, whether it refers back to earlier turns ("and what does it pay?"), and which
 * capability it asks for (overview, comparison, skills gap, career path, job posting, salary, plain question).
 */
public class QuestionAnalyzer {

    private static final int MAX_COMPARED_ROLES = 5;
    private static final int LONG_MESSAGE = 240;
    /** The people an asker speaks for: "my son", "my wife". */
    private static final String RELATIVES = "son|daughter|friend|kid|child|partner|wife|husband";
    /** "my son", "my nephew", "a friend of mine": someone the asker speaks for. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\bmy (" + RELATIVES + "|nephew|niece)\\b|\\b(" + RELATIVES + "|colleague|cousin) of mine\\b");

    private static final Pattern SOMEONE = Pattern.compile(
            "(?i)\\b(someone|somebody|a person|people|candidates?|" + "applicants?|my (" + RELATIVES + ")|she|he)\\b");
    /** Someone the asking part of a message is about: the person writing, or another person. */
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(i|i'm|im|i've|ive|i'd|my|me|mine|he|she|him|her|his|"
            + "they|them|their|someone|somebody|candidates?|applicants?|we|us|our)\\b");

    /** A person told of: "she has a bachelor's ... can she apply?" asks a fit for her, not of the role. */
    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(she|he)\\b");

    /** The person a fit is asked for: "what role is good for him", "which fits me". */
    private static final Pattern FIT_FOR =
            Pattern.compile("(?i)\\b(i|me|my|him|her|them|he|she|they|someone|somebody)\\b");

    private static final Pattern FIT_ASKED = Pattern.compile(
            "(?i)\\b(fits?|suits?|match(es)?|gaps?|missing|lack(ing)?|realistic|"
                    + "qualif(y|ied)|ready|a stretch|within reach|stand a chance|good fit|closest|"
                    + "should i (?:be )?aim(?:ing)? (?:for|at)(?! \\$?\\d)|what should i (?:go for|target|pursue|become)|"
                    + "where should i (?:go|head)|"
                    + "(?:role|job|position|track)s? (?:is|are|would be|would suit) (?:a )?(?:good|right|best|ideal|better) for)\\b");
    /** "how do I become one", "how to get there": the way to a role asked. */
    private static final Pattern WAY_ASKED = Pattern.compile(
            "(?i)\\b(become|becoming|get there|get into|break into|move into|transition|switch|path|steps?|route)\\b");
    /**
     * "how long until", "in what order", "timeline", "how do i get to ML data architect from here", "the path from
     * here to": the way to a role,
     * asked step by step, in years or from where the asker stands.
     */
    private static final Pattern PATH_ASKED =
            Pattern.compile("(?i)\\b(how long (until|till|before|will it take|would it "
                    + "take|does it take|to)|how many years (until|till|before|to|will it take)|(in )?(what|which) order|step by step"
                    + "|timeline|roadmap|grow (?:until|till)|arrive (?:to|until)"
                    + "|how (?:do|can|could|would|should) (?:i|we|you|one|someone|he|she|they) (?:get|go|move|progress|"
                    + "make it|make the jump) (?:to|into|towards?|up to)\\b.*\\bfrom (?:here|there|where i am|my current|"
                    + "what i do|this)|how (?:do|can|could|would|should) (?:i|we|you|one|someone|he|she|they) get from "
                    + "(?:here|there|where i am|my current|what i do|this)\\b.*\\bto"
                    // "what's the path from here to ML data architect?"
                    + "|(?:path|route|way|road|steps?) from (?:here|there|where i am|my current|now|this point)\\b"
                    // "candidate is junior data analyst (2 yrs). how does she get to ML data architect?"
                    + "|how (?:do|does|can|could|would|should) (?:i|we|you|one|someone|he|she|they) (?:get|go|move|progress) "
                    + "(?:to|into|towards?|up to)\\b)\\b");

    /** A greeting to the bot by its name: "Dear Career Advisor,", "hi career advisor!". */
    private static final Pattern ADDRESSED = Pattern.compile("(?i)^(?:dear[\\s,]+|(hi|hello|hey|good (?:morning|"
            + "afternoon|evening))[\\s,]+)?(?:the )?career advisor\\b[\\s,:;!.-]*");

    /** The message without the bot's name it opens with; a greeting stays ("hi career advisor" is a hello). */
    private static String unaddressed(String message) {
        Matcher addressed = ADDRESSED.matcher(message);
        if (!addressed.lookingAt()) {
            return message;
        }
        String greeting = addressed.group(1) == null ? "" : addressed.group(1) + " ";
        String rest = (greeting + message.substring(addressed.end())).strip();
        return rest.isEmpty() ? message : rest;
    }

    /** Topics that yield to pay when the question hits both as often. */
    private static final Set<TopicId> PAY_OVER = EnumSet.of(TopicId.DISTINCTION, TopicId.DEMAND);

    private static final int MAX_CONTINUING_WORDS = 4;
    private static final Pattern WORLDWIDE =
            Pattern.compile("(?i)\\b(globally|worldwide|abroad|internationally|elsewhere)\\b");
    /** A follow-up that names a place or year and little else: "and what about in Singapore?". */
    private static final int MAX_SCOPE_FOLLOW_UP_WORDS = 8;
    /** "why is it that high?", "how come?": the reason for what the previous answer said. */
    private static final Pattern WHY = Pattern.compile("(?i)^\\W*(why|how come)\\b");
    /** "what should i do next to keep growing", "how do i keep advancing": where to go from the role held. */
    private static final Pattern KEEP_GROWING = Pattern.compile("(?i)\\b(do next|keep (growing|advancing|progressing|"
            + "moving up|learning)|grow (further|more)|where (do i|to) go from here|next step|what'?s next)\\b");

    /** "what's next?", "and after that?", "then what?": the step after the one just reached. */
    private static final Pattern NEXT_STEP =
            Pattern.compile("(?i)\\b(what'?s next|what next|what comes next|then what|after that|"
                    + "and then|next step|the step after)\\b");
    /** "my dad asked me", "a friend wants to know": a question asked for someone else, whose words follow. */
    private static final Pattern RELAYED =
            Pattern.compile("(?i)^\\W*(my|our|a) \\w+( \\w+)? (asked|asks|is asking|wants to know|wanted to know|"
                    + "wonders|was wondering|keeps asking)( me)?( (if|whether|about))?\\b");

    private static final Pattern RELAY_CLOSE =
            Pattern.compile("(?i)[,;-]?\\s*(what|how) (do|should|can) i (tell|answer|say to) (him|her|them)\\W*$");
    private static final int MIN_RELAYED = 12;
    private static final Pattern THERE_IS = Pattern.compile("(?i)^\\W*(is|are) there\\b");
    private static final Pattern REQUIREMENT_VERDICT =
            Pattern.compile("(?i)\\b(enough|sufficient|suffices?|need|needed|required|"
                    + "requirement|must|mandatory|compulsory|obligatory|necessary|without)\\b");
    /** What a job posting request names: the text to write. */
    private static final Pattern POSTING_ASKED =
            Pattern.compile("(?i)\\b(post(ing|ings)?|ads?|advert(isement)?s?|vacanc(y|ies)|"
                    + "listings?|jds?|job descriptions?|descriptions?|openings?|draft|write( ?up)?|job spec|spec|recruit(ing|ment)? text|"
                    + "announcement|blurb|copy|create|generate|compose|stellenanzeige|anzeige|annonce|oferta)\\b");
    /** "Can you give me a rundown of ...", "need a JD for ...": a request, not a yes/no question. */
    private static final Pattern REQUEST = Pattern.compile("(?i)^\\W*((can|could|would|will) (you|u)|need|have)\\b");

    private static final int ASKING_SENTENCES = 2;
    /** "I", "my", "data analyst here:": the asker speaks of themselves; "I heard ..." only reports what others say. */
    private static final Pattern FIRST_PERSON =
            Pattern.compile("(?i)\\b(i(?!'?ve heard\\b|'?ve read\\b| heard\\b| read\\b"
                    + "| was told\\b| keep hearing\\b| think\\b| thought\\b| believe\\b| assume\\b)|i'm|im|i've|ive|my|me)\\b"
                    + "|^[^.?!]{0,60}\\b(here|guy|girl)\\b[:,.]|" + Text.UNSAID_I);

    private static final String YEARS_OF =
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\+?\\s*(years?|yrs?)\\b";
    private static final Pattern YEARS = Pattern.compile("(?i)" + YEARS_OF);
    /** "Senior DBA, 8 yrs.", "Engineering manager, 12 years, ...": a background that opens the message. */
    private static final Pattern OPENING_YEARS =
            Pattern.compile("(?i)^[^?]{0,60}?" + YEARS_OF + "(?!\\s+(ago|from now|later))");

    private final SkillVocabulary skills = SkillVocabulary.load();
    private static final Pattern ALL =
            Pattern.compile("(?i)\\b(all|every|each)\\b.*\\broles?\\b|\\ball (five|5|of them)\\b"
                    + "|\\b(the|these|your|those) (five |5 )?roles\\b|\\b(five|5) roles\\b");
    /**
     * "ML architect?", "the research scientist role pls": a role with at most this many other words asks for its
     * profile.
     */
    private static final int MAX_WORDS_BESIDE_BARE_ROLE = 2;

    private final Vocabulary vocabulary;
    private final EmbeddingModel model;
    private final IntentExamples examples;
    private final SearchIndexHolder indexes;
    /** Words of two or more intent examples: ordinary words ("write", "pick"), not the typos some examples carry. */
    private final List<String> commonExampleWords;
    /**
     * The matcher and speller for the roles in service, rebuilt only when a knowledge reload brings a new role list.
     */
    private volatile CachedMatcher cached;

    /**
     * @param model    compares a message with the intent examples (a caching model, as the examples are embedded again
     *                 whenever the roles change)
     * @param examples example messages per intent
     * @param indexes  the live index, whose text for a role-scoped search is the text classified, so that the
     *                 classification and the search share one query embedding
     */
    public QuestionAnalyzer(
            Vocabulary vocabulary, EmbeddingModel model, IntentExamples examples, SearchIndexHolder indexes) {
        this.vocabulary = vocabulary;
        this.model = model;
        this.examples = examples;
        this.indexes = indexes;
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        examples.byIntent()
                .values()
                .forEach(messages -> messages.forEach(example -> new java.util.HashSet<>(Text.words(example))
                        .forEach(word -> counts.merge(word, 1, Integer::sum))));
        this.commonExampleWords = counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= 2)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Builds the role matcher, speller and intent classifier for these roles now rather than at the first question. */
    public void prepare(List<RoleDocument> roles) {
        matcher(roles);
    }

    private CachedMatcher matcher(List<RoleDocument> roles) {
        CachedMatcher current = cached;
        if (current == null || current.roles() != roles) {
            List<String> texts = new ArrayList<>(vocabulary.words());
            texts.addAll(commonExampleWords);
            for (RoleDocument role : roles) {
                texts.addAll(role.names());
                role.sections().forEach(section -> {
                    texts.addAll(section.headingPath());
                    texts.add(section.body());
                });
            }
            RoleMatcher matcher = new RoleMatcher(roles, vocabulary);
            texts.addAll(matcher.acronyms());
            current = new CachedMatcher(
                    roles,
                    matcher,
                    Spelling.of(texts, vocabulary.abbreviations()),
                    new IntentClassifier(model, examples, matcher),
                    QuotedFigures.of(roles));
            cached = current;
        }
        return current;
    }

    /** Whether the message asks for someone's pay or other personal data. */
    private boolean personal(String message, CachedMatcher known) {
        return matchesAny(vocabulary.personalData(), message) && !PersonalQuestion.asksWhatMovesPay(message)
                || PersonalQuestion.asks(message, known.spelling()::knows);
    }

    private record CachedMatcher(
            List<RoleDocument> roles,
            RoleMatcher matcher,
            Spelling spelling,
            IntentClassifier classifier,
            QuotedFigures quotedFigures) {}

    public QuestionAnalysis analyze(String message, List<RoleDocument> roles, List<Turn> history) {
        // "Dear Career Advisor, ...": the bot's own name is no career question.
        String trimmed = unaddressed(message.strip());
        if (matchesAny(vocabulary.injections(), trimmed)) {
            return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.INSTRUCTION_OVERRIDE, trimmed, null);
        }
        CachedMatcher known = matcher(roles);
        // The vocabulary's patterns ("his salary") yield to a question of what moves pay with a person as the example.
        // "mi compañera Daniela Rojas ..., sabes cuanto gana ella?": read with its short forms written out too.
        String glossed = Spelling.withShortFormsOut(trimmed, vocabulary.abbreviations());
        if (personal(trimmed, known) || !glossed.equals(trimmed) && personal(glossed, known)) {
            return QuestionAnalysis.personalData(
                    trimmed,
                    known.matcher().find(trimmed).stream()
                            .map(RoleMatcher.RoleMention::role)
                            .distinct()
                            .toList());
        }
        // Everything below reads the message with its typos corrected: "reserch scientst salery".
        Spelling.Reading reading = known.spelling().read(trimmed);
        // "what i need for become ML data architect": the "to" of a second language's "for".
        String text = FOR_BECOME.matcher(reading.corrected()).replaceAll("to $1");
        String padded = Text.padded(text);
        String plain = padded.strip();
        // Small talk as typed ("ok cool, thank you") or as corrected ("thnaks").
        Optional<Intent> smallTalk = smallTalk(Text.padded(trimmed).strip()).or(() -> smallTalk(plain));
        if (smallTalk.isPresent()) {
            return new QuestionAnalysis(smallTalk.get(), List.of(), null, false, text, null, null, false, text);
        }

        RoleMatcher matcher = known.matcher();
        List<RoleMatcher.RoleMention> mentions = matcher.find(text);
        List<RoleDocument> named = new ArrayList<>(
                mentions.stream().map(RoleMatcher.RoleMention::role).toList());
        if (named.isEmpty() && history.isEmpty()) {
            // "why is the TC range so huge, like 234k to 797k??": figures only one role's document gives name it.
            known.quotedFigures().roleOf(text).ifPresent(named::add);
        }
        // A long message's topic is that of its question, not of the story before it ("... we hire remotely ... what
        // is that role about?").
        Topic topic = topic(Text.padded(asked(text)));
        String scoped = indexes.current()
                .scoped(asked(text), named.isEmpty() ? null : named.get(0).id());
        // With two roles named the second one's words would stay ("... differ from an ML data architect" reads like the
        // Data Architect pay comparison): the message is classified with every role out, at the cost of an embedding.
        IntentClassifier.Classification classified =
                known.classifier().classify(mentions.size() >= 2 ? matcher.withoutRoles(asked(text)) : scoped);
        boolean supported = classified.intent() == Intent.CAREER_PATH && topic != null && topic.id() == TopicId.CAREER
                || classified.intent() == Intent.COMPARE && mentions.size() >= 2;
        String asking = AskingPart.of(text);
        // "I'm a senior research scientist ... What should I be aiming for?": a role held and a fit asked is a
        // background too.
        boolean background = describesBackground(text, asking, matcher)
                || FIT_ASKED.matcher(asking).find() && named.stream().anyMatch(role -> HeldRole.held(role, text));
        boolean afterPosting = !history.isEmpty()
                && Intent.JOB_POSTING
                        .wireName()
                        .equals(history.get(history.size() - 1).intent());
        if (classified.intent() == Intent.JOB_POSTING
                && !afterPosting
                && !POSTING_ASKED.matcher(text).find()) {
            // "I work in HR - which industries hire ML architects?" names no posting, ad or description to write.
            classified = classified.without(Intent.JOB_POSTING);
        } else if (classified.intent() == Intent.JOB_POSTING
                && !asking.equals(text)
                && !POSTING_ASKED.matcher(asking).find()
                && namesPay(Text.padded(asking))) {
            // "we are hiring and need a bonus range for the posting. what do bonuses usually look like": the posting
            // is why they ask; what they ask is pay.
            classified = classified.without(Intent.JOB_POSTING);
        }
        // "does it matter where he ends up living, salary wise?" opening a conversation: an "it" that points at
        // nothing.
        boolean pronoun = Text.containsAny(
                history.isEmpty() ? DUMMY_IT.matcher(padded).replaceAll(" ") : padded, vocabulary.followUpPronouns());
        // "Understood. And what do the top 10 percent earn?": an acknowledgement first does not hide the "and".
        String unacknowledged = ACKNOWLEDGED.matcher(padded.stripLeading()).replaceFirst("");
        boolean opener = vocabulary.followUpOpeners().stream().anyMatch(unacknowledged::startsWith);
        if (classified.intent() == Intent.HELP) {
            // Only clearly chat: "whats 17*23" is as like the off-topic examples and gets their refusal.
            if (named.isEmpty()
                    && topic == null
                    && !pronoun
                    && !opener
                    && !reading.noise()
                    && classified.clearOf(Intent.OUT_OF_SCOPE)) {
                // "hello? anybody there?", "are you an AI?": small talk the rules did not catch.
                return new QuestionAnalysis(Intent.HELP, List.of(), null, false, text, null, null, false, text);
            }
            classified = classified.without(Intent.HELP);
        }
        // Mostly unknown words ("xqzvbt kwpmfa ..."): a plain question, which the knowledge-gap check then declines.
        Intent requested = reading.noise() ? Intent.QUESTION : classified.decided(supported, background);
        if (requested == Intent.SALARY
                && topic != null
                && !topic.fallback()
                && topic.id() != TopicId.SALARY
                && !namesPay(Text.padded(asked(text)))) {
            // "is demand for data architects growing faster than average jobs?" reads like the pay comparison with
            // Data Architects, but names the job market and no pay.
            requested = Intent.QUESTION;
        }
        QuestionShape shape = QuestionShape.of(text);
        boolean yesNo = shape.yesNo() && !REQUEST.matcher(text).find();
        // "is a bachelor's enough to become one?" asks for a verdict on a requirement; "is there a path into
        // management?" and "can a 50 year old become one?" ask for the path.
        boolean verdictOnRequirement = yesNo
                && REQUIREMENT_VERDICT.matcher(text).find()
                && !THERE_IS.matcher(text).find();
        if (yesNo
                && (requested == Intent.OVERVIEW
                        || requested == Intent.JOB_POSTING
                        || requested == Intent.CAREER_PATH && verdictOnRequirement
                        || requested == Intent.SKILLS_GAP
                                && !FIRST_PERSON.matcher(text).find()
                                && !THIRD_PERSON.matcher(text).find())) {
            // "Is the VP job just about testing?", "does the job come with relocation help?", "is kafka something ML
            // architects use?" ask yes or no about the role, not for its profile, a posting or a fit.
            requested = Intent.QUESTION;
        }
        Optional<Turn> previous = lastTurnAbout(history);
        List<String> beside = RoleMatcher.wordsBeside(text, mentions);
        // "and for the engineer?", "now one for the scientist": the previous request again, for the role named now.
        Optional<Intent> restated = previous.filter(turn -> asksNothingNew(beside))
                .flatMap(turn -> Intent.fromWireName(turn.intent()))
                .filter(Intent::isCapability);
        if (restated.isEmpty()
                && opener
                && (topic == null || topic.fallback())
                && beside.size() <= MAX_CONTINUING_WORDS) {
            // "and in germany?", "and the median?" after a pay question: the same request, narrowed.
            restated = previous.flatMap(turn -> Intent.fromWireName(turn.intent()))
                    .filter(intent -> intent == Intent.SALARY || intent == Intent.QUESTION);
        }
        if (restated.isEmpty()
                && named.isEmpty()
                && isShort(plain)
                && (topic == null || topic.fallback() || PAY_OVER.contains(topic.id()))
                && previous.filter(turn -> Intent.SALARY.wireName().equals(turn.intent()))
                        .isPresent()
                && vocabulary.payAspects().stream()
                        .filter(aspect -> !aspect.id().equals(PayComposer.GENERIC))
                        .anyMatch(aspect -> aspect.askedIn(padded))) {
            // "what explains the difference" after "why do some get 234k and others 800k?": a part of that pay asked.
            restated = Optional.of(Intent.SALARY);
            topic = vocabulary.topic(TopicId.SALARY);
        }
        if (restated.isPresent()) {
            requested = restated.get();
            if (topic == null && previous.get().topicId() != null) {
                topic = vocabulary.topic(previous.get().topicId()).orElse(null);
            }
        }

        if (requested == Intent.SKILLS_GAP
                && !background
                && (!FIRST_PERSON.matcher(text).find() && !SOMEONE.matcher(text).find()
                        || !asking.equals(text)
                                && !PERSON.matcher(asking).find()
                                && !FIT_ASKED.matcher(asking).find()
                                && !SkillsGapAdvisor.asksWhichRole(asking))) {
            // "projected growth for ML engineers 2020-2030?" describes nobody: a fit needs a person to fit; "Tom from
            // my team is moving into AI research engineering. What math does that role require?" asks of the role.
            requested = Intent.QUESTION;
        }
        if ((requested == Intent.CAREER_PATH || requested == Intent.QUESTION)
                && namesPay(Text.padded(asking))
                && shape.yesNo()
                && (FACTOR_ASKED.matcher(asking).find()
                        || PAY_MOVED.matcher(asking).find())
                && namesPayFactor(asking)) {
            // "if i became an ML architect would the industry sector i work in change my pay", "do specific
            // technical skills bump ML architect pay or is it purely years": what moves pay, whatever story comes
            // first.
            requested = Intent.SALARY;
        }
        // "I'm 50 and changing careers so I would start at the bottom. What does a junior ML data architect get
        // paid?": the change is the story, the pay the question. "My son wants to become an ML architect. What decides
        // whether he ends up at the top end of the pay scale?": what moves pay, whatever way there comes first.
        // "how to reach the top end pkg as ML architect, what pushes it up": the pay the question points back to.
        String payAsked = REFERS_BACK.matcher(asking).find() ? text : asking;
        boolean payOverWay = requested == Intent.CAREER_PATH
                        && !PATH_ASKED.matcher(asking).find()
                        && !WAY_ASKED.matcher(asking).find()
                || (requested == Intent.CAREER_PATH || requested == Intent.QUESTION)
                        && PersonalQuestion.asksWhatMovesPay(payAsked);
        if (payOverWay && namesPay(Text.padded(payAsked))) {
            requested = Intent.SALARY;
            topic = vocabulary.topic(TopicId.SALARY);
        }
        if (requested == Intent.SKILLS_GAP
                && topic != null
                && topic.id() == TopicId.SALARY
                && !FIT_ASKED.matcher(text).find()) {
            // "i'm a java dev thinking about switching. what's the base for ML architects?": pay, whoever asks.
            requested = Intent.SALARY;
        }
        if (requested == Intent.SKILLS_GAP
                && !asking.equals(text)
                && !FIT_ASKED.matcher(asking).find()
                && !SkillsGapAdvisor.asksWhichRole(asking)) {
            // The story is a background, the asking part asks something else: "6 yrs as an etl developer. what does an
            // ml data architect make in india", "i have a master's ... can i be an ai research manager without a phd".
            requested = askedBesideBackground(asking, text, named, known.classifier())
                    .orElse(requested);
        }
        if (requested == Intent.SKILLS_GAP
                && !named.isEmpty()
                && shape.yesNo()
                && shape.need()
                && shape.number().isPresent()
                && !FIT_ASKED.matcher(asking).find()) {
            // "do i need 1 year of leadership to be a research manager?": a number the role asks for, checked.
            requested = Intent.QUESTION;
        }
        if (requested == Intent.SKILLS_GAP
                && !named.isEmpty()
                && PATH_ASKED.matcher(text).find()
                && !FIT_ASKED.matcher(text).find()) {
            // "data analyst, 2 years of SQL. How long until I could be an ML data architect, and in what order?": the
            // way there from where they are, not a fit.
            requested = Intent.CAREER_PATH;
            topic = vocabulary.topic(TopicId.CAREER);
        }
        boolean guessed = named.size() == 1 && SkillsGapAdvisor.guessesRole(asking);
        if ((requested == Intent.QUESTION || requested == Intent.OVERVIEW || requested == Intent.CAREER_PATH)
                && (named.isEmpty() || guessed)
                && (FIRST_PERSON.matcher(text).find()
                        || RELATIVE.matcher(text).find()
                        || SOMEONE.matcher(text).find())
                && SkillsGapAdvisor.asksWhichRole(asking)
                && !SkillsGapAdvisor.aspirations(text).isEmpty()) {
            // "my son loves math and wants to do ai research at a university. which job is that and what degree does
            // he need?": a wish, and the role that answers it asked for. "we need someone to put research into
            // production ... research scientist or something else?": the role named is only a guess at it.
            requested = Intent.SKILLS_GAP;
            if (guessed) {
                named.clear();
                mentions = List.of();
            }
        }
        if (background
                && requested != Intent.CAREER_PATH
                && (FIT_ASKED.matcher(text).find() || roleAskedForWorkDone(text, asking))) {
            // "Director of QA, 15 years ... Best match among your roles? Gaps?": a background and a fit asked for.
            requested = Intent.SKILLS_GAP;
        }
        if (named.isEmpty() && requested != Intent.SKILLS_GAP && !background) {
            Optional<String> unknown = matcher.unknownRole(text);
            if (unknown.isPresent() && !pronoun) {
                return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.UNKNOWN_ROLE, text, unknown.get());
            }
            if (previous.isEmpty() && (pronoun || requested == Intent.JOB_POSTING)) {
                return QuestionAnalysis.roleNeeded(
                        requested == Intent.JOB_POSTING ? Intent.JOB_POSTING : Intent.OUT_OF_SCOPE, text);
            }
        }
        boolean followUp = false;
        List<RoleDocument> earlier = previous.map(turn -> rolesOf(turn, roles)).orElse(List.of());
        if (named.isEmpty()
                && !earlier.isEmpty()
                && (pronoun || opener || isShort(plain) || requested == Intent.JOB_POSTING || restated.isPresent())
                && requested != Intent.SKILLS_GAP) {
            named.addAll(earlier);
            followUp = true;
        } else if (restated.isPresent()) {
            followUp = true;
        } else if (requested == Intent.COMPARE
                && named.size() == 1
                && !earlier.isEmpty()
                && !earlier.contains(named.get(0))) {
            // "how does it compare to the scientist?": the role discussed before against the one named now.
            named.add(0, earlier.get(0));
            followUp = true;
        }
        if (requested == Intent.COMPARE && named.size() < 2) {
            // "so which of the two should I choose?", "put all five roles side by side": the roles discussed, or all.
            List<RoleDocument> discussed = discussed(history, roles);
            List<RoleDocument> compared = ALL.matcher(text).find() ? roles : discussed;
            for (RoleDocument role : compared) {
                if (!named.contains(role)) {
                    named.add(role);
                }
            }
            followUp |= !compared.isEmpty();
        }
        if (requested == Intent.OUT_OF_SCOPE && named.isEmpty()) {
            return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.NOT_IN_DOCUMENTS, text, null);
        }
        // A new request on the same role keeps the role, not the topic: "what is that role?" after its pay is an
        // overview.
        if (previous.isPresent()) {
            String before = previous.get().intent();
            if (followUp
                    && (topic == null || topic.fallback())
                    && Intent.SALARY.wireName().equals(before)
                    && (namesPayScopeOnly(text)
                            // "ok whats the median then", "and the bonus?": a figure of that pay, for that role.
                            || namesPay(Text.padded(text)) && Text.words(text).size() <= MAX_SCOPE_FOLLOW_UP_WORDS)) {
                // "what's the average total comp in the US?" then "and what about in Singapore?": pay, for that place.
                requested = Intent.SALARY;
                topic = null;
            } else if (followUp
                    && Intent.SALARY.wireName().equals(before)
                    && FACTOR_ASKED.matcher(text).find()
                    && namesPayFactor(text)
                    // "does it only need 3 years of experience?" asks what the role requires.
                    && !QuestionShape.asksNeed(text)) {
                // "what moves the pay?" then "is it just years or also the sector you're in": what moves that pay.
                requested = Intent.SALARY;
            } else if (followUp
                    && Intent.SALARY.wireName().equals(before)
                    && WHY.matcher(text).find()) {
                // "what's the average total comp?" then "why is it that high?": the reason for that pay.
                requested = Intent.SALARY;
            } else if (Intent.CAREER_PATH.wireName().equals(before)
                    && NEXT_STEP.matcher(text).find()
                    && (named.isEmpty() || named.equals(earlier))) {
                // "how do I become one?" then "and once I'm a data architect, what's next?": the path, from there.
                requested = Intent.CAREER_PATH;
                if (named.isEmpty() && !earlier.isEmpty()) {
                    named.addAll(earlier);
                    followUp = true;
                }
            }
        }
        boolean asksOnTopic = requested == Intent.QUESTION || requested == Intent.SALARY;
        boolean carriesTopic = asksOnTopic && ((followUp && (pronoun || opener)) || (opener && !named.isEmpty()));
        if (topic == null
                && carriesTopic
                && previous.isPresent()
                && previous.get().topicId() != null) {
            topic = vocabulary.topic(previous.get().topicId()).orElse(null);
        }
        boolean protectedTraits = matchesAny(vocabulary.protectedTraits(), text);
        if (protectedTraits && topic == null) {
            topic = vocabulary.topic(TopicId.REQUIREMENTS);
        }
        if (requested == Intent.SALARY) {
            // "what does an ML architect make in the US?": the words matched no pay cue, the examples say it is pay.
            topic = vocabulary.topic(TopicId.SALARY);
        }
        if (requested == Intent.OVERVIEW && named.size() == 1 && namesSection(named.get(0), text)) {
            // "What is the AI research manager's strategic focus?": one section of its document, not the whole role.
            requested = Intent.QUESTION;
        }
        boolean bareRole = mentions.size() == 1 && !followUp && beside.size() <= MAX_WORDS_BESIDE_BARE_ROLE;
        boolean clear = requested == classified.intent() && classified.clearOf(Intent.QUESTION);
        Intent intent = resolve(requested, named, topic, bareRole, clear);
        if (intent == Intent.COMPARE
                && shape.comparative()
                        .filter(claim -> claim.answeredIn(
                                named.stream()
                                        .flatMap(role -> role.sections().stream())
                                        .map(section -> section.body())
                                        .toList(),
                                vocabulary.roleNouns()))
                        .isPresent()) {
            // "are research engineers more about theory than research scientists?": a claim to answer yes or no from
            // what the documents say of the two, not a side-by-side table.
            intent = Intent.QUESTION;
        }
        if (intent == Intent.COMPARE && !followUp && shape.yesNo() && !asking.equals(text)) {
            // "do ai research engineers ever present at conferences or is that just the scientists": a yes or no about
            // the role the asking part names, the other offered as the alternative.
            List<RoleDocument> askedOf = matcher.find(asking).stream()
                    .map(RoleMatcher.RoleMention::role)
                    .distinct()
                    .toList();
            if (askedOf.size() == 1) {
                named.retainAll(askedOf);
                intent = Intent.QUESTION;
            }
        }
        if (!followUp && (intent == Intent.QUESTION || intent == Intent.CAREER_PATH)) {
            intent = towardsWish(intent, named, text, roles);
        }
        if (intent == Intent.SKILLS_GAP && !followUp && named.size() > 1) {
            // "QA lead, manage 15 people, no phd. is VP of AI quality engineering a realistic target?": the role the
            // questions name is the one to fit; a role named in the background before them is part of the story.
            List<RoleDocument> askedOf = matcher.find(questionsOf(text)).stream()
                    .map(RoleMatcher.RoleMention::role)
                    .distinct()
                    .toList();
            if (!askedOf.isEmpty() && askedOf.size() < named.stream().distinct().count()) {
                named.retainAll(askedOf);
            } else if (askedOf.isEmpty()
                    && SkillsGapAdvisor.asksWhichRole(questionsOf(text))
                    && SkillsGapAdvisor.workDone(text)
                            .map(work -> matcher.find(work).stream()
                                    .map(RoleMatcher.RoleMention::role)
                                    .collect(java.util.stream.Collectors.toSet())
                                    .containsAll(named))
                            .orElse(false)) {
                // "Source runs a group of eight research scientists and engineers ... Which role is that?": the roles
                // named are the people led, the role asked is open.
                named.clear();
            }
        }
        List<RoleDocument> subjects =
                intent == Intent.COMPARE ? named.subList(0, Math.min(named.size(), MAX_COMPARED_ROLES)) : named;
        String query = followUp && !named.isEmpty() ? named.get(0).title() + ": " + text : text;
        if (restated.isPresent() && !named.isEmpty() && matcher.namesOtherJob(text)) {
            // "how's the job outlook for data architects?" then "and for ML engineers?": the question before, asked of
            // the other job the same document names.
            query = named.get(0).title() + ": " + previous.get().question() + " " + text;
        }
        return new QuestionAnalysis(intent, subjects, topic, followUp, query, null, null, protectedTraits, text);
    }

    /** The message from its first question on: "my sister did masters ... can she apply AI research manager? anything". */
    private static String questionsOf(String text) {
        // Split at every question mark or full stop, also before a lower-case "is VP ... a realistic target?".
        List<String> sentences = List.of(text.replace('\n', ' ').split("(?<=[.?!])\\s+"));
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).strip().endsWith("?")) {
                return String.join(" ", sentences.subList(i, sentences.size()));
            }
        }
        return AskingPart.of(text);
    }

    /**
     * "I'm an AI research scientist and want to move up into managing a research team. What do they look for?", "next
     * step for a research scientist who wants to lead a team": the role the person holds is where they start, the one
     * they want (named, or described by the wish) is what they ask about; the roles named are changed in place.
     */
    private Intent towardsWish(Intent intent, List<RoleDocument> named, String text, List<RoleDocument> roles) {
        List<RoleDocument> distinct = named.stream().distinct().toList();
        List<RoleDocument> held =
                distinct.stream().filter(role -> HeldRole.held(role, text)).toList();
        if (held.isEmpty() && distinct.size() == 2 && intent == Intent.QUESTION) {
            // "A senior research scientist I'm interviewing wants to move up to AI Research Manager. What does the
            // role call for?": the one role someone wants to reach is the role asked about.
            List<RoleDocument> targeted = distinct.stream()
                    .filter(role -> SkillsGapAdvisor.targeted(role, text))
                    .toList();
            if (targeted.size() == 1) {
                named.retainAll(targeted);
            }
            return intent;
        }
        if (held.size() != 1) {
            return intent;
        }
        if (distinct.size() == 2 && intent == Intent.QUESTION) {
            // "I'm a research scientist and want to become a research manager. What do they look for?"; not "what
            // does being a research manager involve, and do they work with research scientists?".
            RoleDocument other = distinct.get(0).equals(held.get(0)) ? distinct.get(1) : distinct.get(0);
            if (SkillsGapAdvisor.targeted(other, text)) {
                named.remove(held.get(0));
            }
            return intent;
        }
        if (distinct.size() != 1) {
            return intent;
        }
        Optional<RoleDocument> wished =
                WishedRole.of(text, roles, indexes.current()).filter(role -> !role.equals(held.get(0)));
        if (wished.isEmpty()) {
            return intent;
        }
        named.clear();
        if (intent == Intent.CAREER_PATH || NEXT_STEP.matcher(text).find()) {
            named.add(held.get(0));
            named.add(wished.get());
            return Intent.CAREER_PATH;
        }
        named.add(wished.get());
        return intent;
    }

    /**
     * A request whose capability a command or button decided: its roles are the ids given or, for a typed argument
     * ("/compare scientist vs engineer"), the roles named in it.
     */
    /** "in Singapore?", "and globally?", "what about 2025?", "in euros?": a follow-up naming where or when, nothing else. */
    private boolean namesPayScopeOnly(String text) {
        String padded = Text.padded(text);
        boolean scope = Text.YEAR.matcher(text).find()
                || WORLDWIDE.matcher(text).find()
                || Text.containsAny(padded, vocabulary.places())
                || Text.containsAny(padded, vocabulary.domesticPlaces())
                || Text.containsAny(padded, vocabulary.currencies())
                || Text.containsAny(padded, vocabulary.homeRegion());
        return scope && Text.words(text).size() <= MAX_SCOPE_FOLLOW_UP_WORDS;
    }

    public QuestionAnalysis explicit(Intent intent, List<String> roleIds, String text, List<RoleDocument> roles) {
        // A command's argument is the user's text too: the same guards apply.
        if (matchesAny(vocabulary.injections(), text)) {
            return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.INSTRUCTION_OVERRIDE, text, null);
        }
        if (matchesAny(vocabulary.personalData(), text)) {
            return QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.PERSONAL_DATA, text, null);
        }
        List<RoleDocument> named = roleIds.isEmpty()
                ? matcher(roles).matcher().find(text).stream()
                        .map(RoleMatcher.RoleMention::role)
                        .toList()
                : roleIds.stream()
                        .flatMap(id -> roles.stream().filter(role -> role.id().equals(id)))
                        .toList();
        int needed = intent == Intent.COMPARE ? 2 : 1;
        if (named.size() < needed) {
            Optional<String> unknown = matcher(roles).matcher().unknownRole(text);
            return unknown.isPresent()
                    ? QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.UNKNOWN_ROLE, text, unknown.get())
                    : QuestionAnalysis.outOfScope(QuestionAnalysis.OutOfScopeReason.ROLE_NOT_SPECIFIED, text, null);
        }
        List<RoleDocument> subjects =
                named.subList(0, Math.min(named.size(), intent == Intent.COMPARE ? MAX_COMPARED_ROLES : 1));
        Topic topic = intent == Intent.SALARY ? vocabulary.topic(TopicId.SALARY) : null;
        String query = subjects.stream()
                        .map(RoleDocument::title)
                        .reduce((a, b) -> a + " and " + b)
                        .orElse("") + ": " + text;
        return new QuestionAnalysis(intent, subjects, topic, false, query, null, null, false, text);
    }

    /** The capability asked for, given the roles found: a comparison needs two roles, a posting or path one. */
    /**
     * @param clear whether the examples read the request far more like it than like a plain question: "what does the
     *              VP do all day" asks for the profile though "do all day" is a cue of responsibilities
     */
    private Intent resolve(Intent requested, List<RoleDocument> named, Topic topic, boolean bareRole, boolean clear) {
        if (requested == Intent.SKILLS_GAP) {
            return Intent.SKILLS_GAP;
        }
        boolean specificTopic = topic != null && !topic.fallback() && !(clear && topic.id() != TopicId.SALARY);
        if (named.size() >= 2
                && (requested == Intent.COMPARE
                        || requested == Intent.OVERVIEW
                        || requested == Intent.QUESTION && topic == null)) {
            return Intent.COMPARE;
        }
        // "best practices for designing ML data architecture" asks about one topic, not the way into the role.
        boolean otherTopic = specificTopic && topic.id() != TopicId.CAREER;
        if (!named.isEmpty() && (requested == Intent.JOB_POSTING || requested == Intent.CAREER_PATH && !otherTopic)) {
            return requested;
        }
        if (named.size() == 1 && requested == Intent.OVERVIEW && !specificTopic) {
            return Intent.OVERVIEW;
        }
        if (topic != null && topic.id() == TopicId.SALARY) {
            return Intent.SALARY;
        }
        if (bareRole && topic == null) {
            return Intent.OVERVIEW;
        }
        return Intent.QUESTION;
    }

    private Optional<Intent> smallTalk(String plain) {
        if (matchesAny(vocabulary.greetings(), plain)) {
            return Optional.of(Intent.GREETING);
        }
        if (matchesAny(vocabulary.farewells(), plain)) {
            return Optional.of(Intent.FAREWELL);
        }
        if (matchesAny(vocabulary.thanks(), plain)) {
            return Optional.of(Intent.THANKS);
        }
        if (matchesAny(vocabulary.help(), plain)) {
            return Optional.of(Intent.HELP);
        }
        return Optional.empty();
    }

    /**
     * The topic whose cues the question hits most; ties go to pay over a distinction or the job market, then to the
     * most specific matched cue, then to the topic listed first. Fallback topics count only when no other topic is hit.
     */
    private Topic topic(String text) {
        // "growing faster than average": a comparison with the average, no average pay.
        String padded = THAN_AVERAGE.matcher(text).replaceAll(" ");
        Comparator<Topic> strength = Comparator.comparingInt((Topic topic) -> topic.cueHits(padded))
                .thenComparingInt(topic -> topic.longestCue(padded));
        Optional<Topic> specific = vocabulary.topics().stream()
                .filter(topic -> !topic.fallback() && topic.cueHits(padded) > 0)
                .reduce((best, next) -> strength.compare(next, best) > 0 ? next : best);
        Topic pay = vocabulary.topic(TopicId.SALARY);
        // "why do some get 234k and others almost 800k": amounts of pay quoted name pay as a cue would.
        int payHits = pay.cueHits(padded) + (quotesPay(padded) ? 1 : 0);
        if (specific.filter(topic -> PAY_OVER.contains(topic.id())).isPresent()
                && payHits >= specific.get().cueHits(padded)) {
            // "what could explain such a difference in pay": a difference in pay is a pay question; "what this role
            // pays ... in line with the local market" asks the pay of that market.
            specific = Optional.of(pay);
        }
        return specific.or(() -> vocabulary.topics().stream()
                        .filter(topic -> topic.fallback() && topic.cueHits(padded) > 0)
                        .findFirst())
                .orElse(null);
    }

    /** Whether the text quotes an amount the size of a year's pay ("234k", "$150,000"). */
    private static boolean quotesPay(String text) {
        // "companies with 50000 employees": a bare number is no pay quoted here.
        return Money.marked(text).stream().anyMatch(Money::yearlyPay);
    }

    /**
     * What a long message asks: its last sentences, where people put the question after the story ("... so I'm 34,
     * work as a data engineer ... Is the ML data architect job realistic for me?").
     */
    private static String asked(String text) {
        // "my sister asked me which clouds ML architects use, what do I tell her?" asks which clouds they use.
        Matcher relayed = RELAYED.matcher(text);
        if (relayed.find() && text.length() - relayed.end() > MIN_RELAYED) {
            text = RELAY_CLOSE
                    .matcher(text.substring(relayed.end()))
                    .replaceAll("")
                    .strip();
        }
        if (text.length() <= LONG_MESSAGE) {
            return text;
        }
        List<String> sentences = org.careeradvisor.knowledge.Sentences.split(text.replace('\n', ' '));
        return String.join(" ", sentences.subList(Math.max(0, sentences.size() - ASKING_SENTENCES), sentences.size()));
    }

    /**
     * What the asking part of a message with a background asks when it asks no fit: pay ("what would the take home be
     * after taxes"), or a verdict on a requirement of a named role ("is it true you need more than 5 years", "can i be
     * one without a phd"); empty when it asks neither.
     */
    private Optional<Intent> askedBesideBackground(
            String asking, String text, List<RoleDocument> named, IntentClassifier classifier) {
        Topic askedTopic = topic(Text.padded(asking));
        if (askedTopic != null && askedTopic.id() == TopicId.SALARY
                || classifier.classify(asking).intent() == Intent.SALARY) {
            return Optional.of(Intent.SALARY);
        }
        boolean verdict = QuestionShape.of(asking).yesNo()
                && (REQUIREMENT_VERDICT.matcher(asking).find() || AskingPart.checksClaim(asking));
        if (vocabulary.topic(TopicId.REQUIREMENTS).cueHits(Text.padded(asking)) > 0
                && WH_ASKED.matcher(asking).lookingAt()
                && !named.isEmpty()) {
            // "Taught IT for 8 years ... What education should I add to move toward ML data architect?": what the
            // role's document asks of education, not a fit.
            return Optional.of(Intent.QUESTION);
        }
        // "been an ml data architect for 3 yrs. what should i do next to keep growing, are certs worth it": the role
        // named is the one held, which no fit is asked for.
        boolean holdsNamed = HeldRole.allHeld(named, text);
        if (holdsNamed && !verdict && KEEP_GROWING.matcher(asking).find()) {
            return Optional.of(Intent.CAREER_PATH);
        }
        return (verdict || holdsNamed && QuestionShape.of(asking).yesNo()) && !named.isEmpty()
                ? Optional.of(Intent.QUESTION)
                : Optional.empty();
    }

    /** "change my pay", "bump the salary", "raise it": a word of what a factor does to pay. */
    private static final Pattern PAY_MOVED =
            Pattern.compile("(?i)\\b(change|changes|bump|bumps|boost|boosts|raise|raises|"
                    + "increase|increases|lower|lowers|count|counts|push|pushes|drive|drives|influence|influences)\\b");

    /** "understood", "got it, thanks": words that acknowledge the last answer before the next question. */
    private static final Pattern ACKNOWLEDGED = Pattern.compile(
            "^(?:(?:understood|got it|thanks|thank you|thx|ok|okay|"
                    + "great|cool|perfect|noted|right|alright|nice|sure|interesting|makes sense|oh|ah|wow|hmm|goodness|gosh|"
                    + "i see|so much|very much|kindly|many thanks|brilliant|lovely|excellent|wonderful|very helpful|that helps)\\s+)+");

    /** "does it matter", "will it make a difference", "it depends": an "it" no earlier turn gave. */
    private static final Pattern DUMMY_IT = Pattern.compile(
            "\\b(?:(?:does|do|will|would|can|could|is) it (?:really )?(?:matter|make a difference|depend|count)|it depends)\\b");

    private static final Pattern FOR_BECOME = Pattern.compile("(?i)\\bfor (become|get into|move into|work as|be)\\b");

    private static final Pattern WH_ASKED = Pattern.compile("(?i)(what|which|whats)\\b");

    /** "is it just years", "does the sector matter": whether something moves pay, or is all that does. */
    private static final Pattern FACTOR_ASKED = Pattern.compile(
            "(?i)\\b(just|only|mostly|mainly|matter|matters|affect|"
                    + "affects|depend|depends|factor|factors|decide|decides|vary|varies|differ|differs|make a difference|impact)\\b");

    /** Whether a message names one of the things pay depends on ("years", "the sector", "location"). */
    private boolean namesPayFactor(String text) {
        String padded = Text.padded(text);
        return vocabulary.factorWords().entrySet().stream()
                .anyMatch(factor ->
                        padded.contains(" " + factor.getKey() + " ") || Text.containsAny(padded, factor.getValue()));
    }

    /** "what pushes it up": a question whose subject is in the clause before it ("how to reach the top end pkg"). */
    private static final Pattern REFERS_BACK = Pattern.compile("(?i)^\\W*\\w+\\s+\\w+\\s+(?:it|that|this|them)\\b");

    private static final Pattern THAN_AVERAGE = Pattern.compile(" than (?:the )?(?:national )?average ");

    /**
     * Whether a question names pay: a cue of the pay topic or of a pay aspect, other than the compared role and the
     * words of the total that are no pay words alone ("average", "range").
     */
    private boolean namesPay(String question) {
        // "expected to grow faster than average": a comparison with the average, no average pay.
        String padded = THAN_AVERAGE.matcher(question).replaceAll(" ");
        return vocabulary.topic(TopicId.SALARY).cueHits(padded) > 0
                || quotesPay(padded)
                || vocabulary.payAspects().stream()
                        // "grow", "higher", "change": words of what moves pay, which name no pay by themselves.
                        .filter(aspect -> !aspect.answersWithList()
                                && !aspect.id().equals(PayComposer.COMPARED)
                                && !aspect.id().equals(PayComposer.GENERIC))
                        .anyMatch(aspect -> aspect.askedIn(padded));
    }

    /**
     * "5 yrs of C++", "I know Python and SQL": skills or years of experience of the person asking.
     *
     * @param asking the asking part of the text ({@link AskingPart#of})
     */
    private boolean describesBackground(String text, String asking, RoleMatcher matcher) {
        boolean years = YEARS.matcher(text).find();
        int named = skills.find(text).size();
        // "data scientist, good with tensorflow and stats ... fit?": skills and a fit asked for, without an "I".
        return FIRST_PERSON.matcher(text).find() && (years || named >= 2)
                || OPENING_YEARS.matcher(text).find()
                // "Director of QA at a fintech, test automation, leads engineers ... fit?": a job held, then a fit.
                || !asking.equals(text) && FIT_ASKED.matcher(asking).find() && opensWithJob(text, matcher)
                || named >= 2 && FIT_ASKED.matcher(text).find()
                // "friend is software eng, builds and deploys deep learning models ... what role is good for him": a
                // person's work told and a fit asked for them.
                || named >= 1
                        && FIT_ASKED.matcher(asking).find()
                        && FIT_FOR.matcher(asking).find()
                        && !asking.equals(text)
                // "Source runs a group of eight research scientists ... Which role is that?": the work someone does.
                || FIT_ASKED.matcher(asking).find()
                        && !asking.equals(text)
                        && SkillsGapAdvisor.workDone(text).isPresent()
                || roleAskedForWorkDone(text, asking);
    }

    /** "Source runs a group of eight research scientists ... Which role is that?": the role for work told, asked. */
    private static boolean roleAskedForWorkDone(String text, String asking) {
        return !asking.equals(text)
                && SkillsGapAdvisor.asksWhichRole(asking)
                && SkillsGapAdvisor.workDone(text).isPresent();
    }

    /** Whether the message opens with a job, in its first few words before a comma or full stop. */
    private boolean opensWithJob(String text, RoleMatcher matcher) {
        Matcher opening = OPENING_CLAUSE.matcher(text);
        // "Research engineer vs research scientist: which suits ...?" opens with the roles asked about, no job held.
        if (!opening.lookingAt()
                || !matcher.find(opening.group(1)).isEmpty()
                || CHOICE.matcher(opening.group(1)).find()) {
            return false;
        }
        List<String> words = Text.words(opening.group(1));
        return words.size() <= MAX_JOB_WORDS && words.stream().anyMatch(vocabulary.roleNouns()::contains);
    }

    private static final Pattern OPENING_CLAUSE =
            Pattern.compile("^\\W*([^,.;:?!]{3,60}?)(?: at [^,.;:?!]{2,40})?[,.;:]");
    private static final int MAX_JOB_WORDS = 5;
    private static final Pattern CHOICE = Pattern.compile("(?i)\\b(vs\\.?|versus|or)\\b");

    /** Whether the message names a section of the role's document by its title ("strategic focus"), not its overview. */
    private static boolean namesSection(RoleDocument role, String text) {
        String padded = Text.padded(text);
        return role.sectionTitles().stream()
                .map(title -> String.join(" ", Text.words(title.replaceAll("^\\d+\\.\\s*", ""))))
                .filter(title ->
                        title.contains(" ") && !title.contains("overview") && !title.equalsIgnoreCase(role.title()))
                .anyMatch(title -> padded.contains(" " + title + " "));
    }

    /** Whether the words beside the role names only carry the previous question on ("and", "what about", "plain"). */
    private boolean asksNothingNew(List<String> beside) {
        return beside.stream()
                .allMatch(word -> vocabulary.followUpCarrying().contains(word)
                        || vocabulary.followUpPronouns().contains(word));
    }

    private boolean isShort(String plain) {
        return plain.split("\\s+").length <= vocabulary.maxShortFollowUpWords();
    }

    /** The roles of the conversation's recent turns, most recent first, each once. */
    private static List<RoleDocument> discussed(List<Turn> history, List<RoleDocument> roles) {
        List<RoleDocument> discussed = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            rolesOf(history.get(i), roles).stream()
                    .filter(role -> !discussed.contains(role))
                    .forEach(discussed::add);
        }
        return discussed;
    }

    private static List<RoleDocument> rolesOf(Turn turn, List<RoleDocument> roles) {
        return turn.roleIds().stream()
                .flatMap(id -> roles.stream().filter(role -> role.id().equals(id)))
                .toList();
    }

    private static Optional<Turn> lastTurnAbout(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).roleIds().isEmpty()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }
}
