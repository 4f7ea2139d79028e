package org.careeradvisor.advisor;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.Sentences;

/**
 * A question about one particular person's private matters: "what does Daniel Okafor make?", "how much equity does my
 * manager Lisa hold?", "does Kevin from the data team have some health problem?", "how much does the architect on my
 * team earn?". The one place that tells them from ordinary questions that mention people: "my friend is an ML
 * architect, what does that role earn on average?", "my dad asked me how much an ML data architect makes".
 */
final class PersonalQuestion {

    /** People the asker knows; a bare job title ("my report", "our architect") is left to the role words below. */
    private static final String RELATIONS =
            "(ex-?)?(brother-in-law|sister-in-law|mother-in-law|father-in-law|son-in-law|daughter-in-law|"
                    + "teammate|team mate|colleague|coworker|co-worker|boss|manager|supervisor|"
                    + "friend|wife|husband|partner|brother|sister|cousin|neighbou?r|employee|candidate|flatmate|roommate|ex|boyfriend|"
                    + "girlfriend|dad|mom|mum|father|mother|son|daughter|uncle|aunt|interviewer|recruiter|predecessor|successor|"
                    + "(new |last |latest )?hire|"
                    + "ceo|cto|cfo|director|vp)s?";
    /**
     * "my manager", "our new VP", "the architect on my team", "Kevin from the data team", "the guy who interviewed me".
     */
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(my|our) (new |old |current |former |previous )?"
            + RELATIONS
            + "\\b|\\b(the|a|that) (\\w+ ){1,3}(on|in|from) (my|our|the \\w+) team\\b|\\bfrom the \\w+ team\\b"
            + "|\\b(the|that) (guy|woman|man|person|lady|one) who\\b|\\b(he|she|him)\\b|\\b(his|her)\\b(?! (own )?(role|job))"
            // "the VP at our company", "the research scientist who sits next to me": one person where the asker works.
            + "|\\b(the|that) (new |current |former )?(\\w+ ){1,3}(at|in|of) (my|our) (company|firm|office|org|organi[sz]ation|workplace|"
            + "department|lab|startup|bank|employer)\\b"
            + "|\\b(the|that) (\\w+ ){1,3}who (sits|works|interviewed|manages|leads|reports|joined|left|hired|runs)\\b"
            // "the ML architect we hired last month", "the scientist I interviewed": one person the asker dealt with.
            + "|\\b(the|that) (\\w+ ){1,3}(we|i) (just |recently )?(hired|interviewed|met|onboarded|fired|promoted|recruited|"
            + "replaced|let go)\\b");
    /** "my manager says", "a friend told me": a person as the source of what the asker heard. */
    private static final Pattern SOURCE = Pattern.compile("(?i)\\b(my|our|a) (new |old |current |former |previous )?"
            + RELATIONS
            + " (says|said|thinks|thought|claims|claimed|told me|tells me|reckons|believes|insists|keeps saying"
            + "|keeps telling me|kept telling me|keeps insisting|always says|mentioned|explained)\\b");
    /**
     * "does Raj on my team earn more than me?", "is my manager paid well?": one person as the subject of a pay verb,
     * whatever else the message says of roles in general.
     */
    private static final Pattern PAID_PERSON = Pattern.compile(
            "\\b(?:[Dd]oes|[Dd]id|[Ii]s|[Ww]as|[Ww]ill|[Ww]ould) (?:((?i:my|our) "
                    + "(?i:" + RELATIONS.replace("(", "(?:")
                    + "))|([A-Z][a-z]{2,}))\\b(?: \\w+){0,3}? (?i:earn|earns|make|makes|get paid|paid|"
                    + "take home|gets paid)\\b(?! (?:sense|a difference|me|you|it|us|them|enough|the cut|progress)\\b)");
    /** "how much does jane make": a lower-case word the documents do not know, where a name would stand. */
    private static final Pattern LOWER_NAME =
            Pattern.compile("(?i)\\b(?:does|did|will) ([a-z]{3,}) (?:make|earn|take home|get paid|get)\\b");
    /** "Marcus Chen", "Dr. Lena Hoffmann": a full name, refused with any word of pay or private life in the message. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "\\b(?:Dr\\.?\\s+|Mr\\.?\\s+|Mrs\\.?\\s+|Ms\\.?\\s+)?([A-Z][a-z]{2,})\\s+([A-Z][a-z]{2,})\\b");
    /** "Nina's", "Kevin from", "Lisa, the one who": a first name in a sentence that says who the person is. */
    private static final Pattern NAME = Pattern.compile(
            "\\b([A-Z][a-z]{2,})(?:'s\\b| from\\b| (?:on|in) (?:my|our)\\b|,? (?:the|our|my) (?:\\w+ ){1,3}who\\b)");
    /** "in Palo Alto", "at Goldman Sachs": a place or a company, not a person. */
    private static final Pattern PLACE_BEFORE =
            Pattern.compile("(?i)\\b(in|at|near|from|to|around|outside|for|with)\\s+$");
    /** Pay of one person, or their private life. */
    private static final String PAY_WORDS = "earn|earns|earning|earned|make|makes|making|made|paid|pay|salary|"
            + "comp|compensation|income|bonus|take home|takes home|equity|stock|shares|raise|overpaid|underpaid|sal|ctc|"
            // "what's her total package?", "how much is he on now?"
            + "package|pkg|how much (?:is|was|are) (?:he|she|they) on";
    /** A word of someone's pay, in any form ("bonuses", "earnings"). */
    private static final String PAY_FORMS = PAY_WORDS + "|earn\\w*|bonus\\w*|salaries";

    private static final Pattern PAY = Pattern.compile("(?i)\\b(" + PAY_FORMS + ")\\b");

    private static final Pattern PRIVATE = Pattern.compile("(?i)\\b(" + PAY_FORMS + "|health|sick|ill|illness|"
            + "pregnant|(is|are) (he|she|they) single|is single|single(?=\\s*\\?)|single or|married|dating|divorced|relationship|religion|religious|age|"
            + "how old|birthday|(home )?address|home (city|town)|linkedin|instagram|facebook|social media( accounts?)?|where (does|do) \\w+ live|lives|phone|phone number|e-?mail|contact details|"
            + "performance review|appraisal|rating|fired|disciplin\\w*|(?:bad|good|poor|negative|weak) review|"
            + "let (?:him|her|them) go|is (?:he|she) any good)\\b");
    /** "that role", "on average", "ML architects", "an ML data architect": the role in general, whoever asks. */
    private static final Pattern GENERAL =
            Pattern.compile("(?i)\\b(roles?|positions?|jobs?|on average|average|typical(ly)?|usually|"
                    + "in general|generally|market|range|architects|scientists|engineers|managers|vps|people in)\\b"
                    // "an ML data architect" in general, not "he's an ML architect", which says what the person is.
                    + "|(?<!(?:is|was|as|'s|’s)(?: also| now| still)? )\\b(a|an|any|every|each) ((ml|ai|machine|learning|data|research|quality|engineering|senior|junior)\\s+){0,4}"
                    + "(architect|scientist|engineer|manager|vp|researcher|lead)\\b");
    /**
     * "what do the top earners make?", "whats the normal pay in chicago?": the pay of the market, asked beside a
     * person who is only the reason for asking ("my wife is an ML architect and we were wondering, ...").
     */
    private static final Pattern MARKET_PAY = Pattern.compile("(?i)\\b(?:the )?(?:normal|usual|standard|going|market) "
            + "(?:pay|salary|salaries|rate|comp|compensation|range)\\b|\\btop (?:earners|\\d+ ?(?:%|percent|per cent))"
            + "|\\bpercentile\\b|\\bdecile\\b");
    /** "what would I make", "will I earn": the asker's own pay, whoever else the sentence names. */
    private static final Pattern OWN = Pattern.compile(
            "(?i)\\b(would|will|could|can|do|did|should|might) (i|we) (make|earn|get|be paid|take home)\\b"
                    + "|\\b(i|we)('d| would| will|'ll)? (make|earn|get paid|be paid|take home)\\b");

    /** "Databricks certification", "Coursera courses": a capitalised word that names a thing, not a person. */
    private static final Pattern THING_AFTER =
            Pattern.compile("(?i)\\s+(certification|certificate|courses?|degree|bootcamp|"
                    + "experience|skills?|tools?|platform|cloud|stack|program|programme)\\b");

    /** Words that stand where a name would and are none: "how much does it make", "what did they get". */
    private static final java.util.Set<String> COMMON = java.util.Set.of(
            "one",
            "the",
            "that",
            "this",
            "they",
            "she",
            "you",
            "someone",
            "anyone",
            "everyone",
            "somebody",
            "nobody",
            "each",
            "such",
            "role",
            "job",
            "position");

    /** "is that normal?", "is she underpaid?", "fair for the role?": how an amount compares. */
    private static final Pattern APPRAISAL =
            Pattern.compile("(?i)\\b(normal|underpaid|overpaid|under ?paid|over ?paid|fair|"
                    + "reasonable|typical|competitive|market rate|good (salary|pay|offer)|low|lowball|high|too much|too little|enough|"
                    + "average|in line|in range|within (the )?range)\\b");

    /**
     * "my friend has 10 yrs experience, will that bump his salary?", "would a PhD raise her pay?": whether something
     * anyone can have moves pay, asked with a person as the example; nothing private of theirs is asked.
     */
    private static final Pattern FACTOR_EFFECT = Pattern.compile(
            "(?i)\\b(?:will|would|does|do|could|might)\\s+(?:that|this|it|(?:his|her|their|a|an|the|more|having)\\b[^.?!,]{0,30}?)?"
                    + "\\s*\\b(?:bump|boost|raise|increase|push up|lift|affect|impact|improve|help|change|matter|count|make a "
                    + "difference)\\w*\\b[^.?!]{0,80}?\\b(?:salary|pay|comp|compensation|earnings|income)\\b");
    /** What a person has that the documents name as a factor of pay. */
    private static final Pattern FACTOR = Pattern.compile("(?i)\\b(?:experience|years?|yrs|degree|ph\\.?d|masters?|"
            + "bachelors?|skills?|certifications?|certs?|location|city|industry|sector|company size|kind of company|"
            + "type of company|size of (?:the )?company|startups?|big (?:company|companies|corporations?)|"
            // "where he ends up living and which company he works for"
            + "where (?:he|she|they|you|i|we) (?:lives?|living|ends? up|works?|settles?)|(?:which|what) company)\\b");

    /**
     * "if my husband learns Kubernetes, will his salary go up?": the same question with the pay before the change.
     */
    private static final Pattern FACTOR_EFFECT_AFTER = Pattern.compile(
            "(?i)\\bif\\b[^.?!]{0,80}?\\b(?:salary|pay|comp|compensation|earnings|income)\\b[^.?!]{0,40}?"
                    + "\\b(?:will|would|could|might)\\s+(?:go up|rise|increase|grow|change|improve|be higher|jump)\\b");
    /**
     * "what decides whether he ends up at the top end of the pay scale": what moves pay asked outright, which the
     * factors answer whoever it is asked for.
     */
    private static final Pattern WHAT_MOVES = Pattern.compile("(?i)\\b(?:what|which things?|which factors?)\\s+"
            + "(?:decides|determines|affects|influences|drives|moves|explains|separates|makes the difference)\\b"
            + "[^.?!]{0,80}?\\b(?:salary|pay|comp|compensation|earnings|income|earns?|paid|top end|bottom end|high end|"
            + "low end)\\b"
            // "how to reach the top end pkg, what pushes it up": the pay named first, then what moves it.
            + "|\\b(?:salary|pay|comp|compensation|package|top end|high end)\\b[^.?!]{0,60}?\\bwhat (?:pushes|drives|"
            + "moves|raises|bumps|gets) (?:it|that|this|them) (?:up|higher)\\b");

    /** A role as the subject of the pay: "ML data architect salary", "what does a junior ML architect make". */
    private static final Pattern ROLE_NOUN =
            Pattern.compile("(?i)\\b(architects?|scientists?|engineers?|researchers?|vps?|roles?|positions?|jobs?)\\b");
    /** Where a clause ends: "..., my boyfriend is thinking to apply" is a clause of its own. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.?!]+\\s*|\\s+(?:and|but|because|since)\\s+");

    /** "is thinking about becoming", "wants to be", "plans to go into": a role someone may take up. */
    private static final Pattern PROSPECT = Pattern.compile(
            "(?i)\\b(?:thinking (?:about|of)|considering|wants? to|"
                    + "planning to|plans to|hoping to|hopes to|dreams? of|would like to|aims? to|interested in)\\s+"
                    + "(?:becoming|become|be|being|going into|go into|getting into|get into|a career as|working as|work as)\\b");
    /** "what would she earn", "how much could he make": pay that is yet to come. */
    private static final Pattern WOULD_EARN = Pattern.compile("(?i)\\b(?:would|will|could|might)\\s+(?:he|she|they)\\s+"
            + "(?:earn|make|get|be paid|take home|be making)\\b");

    private PersonalQuestion() {}

    /** @param knows whether a word is one the documents or the vocabulary use, so "Machine Learning" is never a name */
    static boolean asks(String message, Predicate<String> knows) {
        // "is 250k fair for her?": an amount put up for appraisal.
        if (!Money.typed(message).isEmpty() && APPRAISAL.matcher(message).find()) {
            // "my brother is an ML architect and makes 250k, is that normal?": the asker gives the figure and asks how
            // it stands against the role's pay; nothing private is asked of the advisor.
            return false;
        }
        if (namesSomeoneInFull(message, knows) && PRIVATE.matcher(message).find()) {
            return true;
        }
        if (PROSPECT.matcher(message).find()
                && WOULD_EARN.matcher(message).find()
                && !PRIVATE.matcher(WOULD_EARN.matcher(message).replaceAll(" ")).find()) {
            // "my daughter is thinking about becoming an ML data architect. What would she earn in the UK?": the pay of
            // a role someone may take up, which is the market's, not theirs.
            return false;
        }
        // Split at every question or full stop, also before a lower-case "we're both architects".
        for (String sentence : message.split("(?<=[.?!])\\s+")) {
            // Its own sentence decides: "does Raj on my team earn more than me?" whatever the next one says of roles.
            Matcher paid = PAID_PERSON.matcher(sentence);
            while (paid.find()) {
                boolean someone = paid.group(1) != null
                        || !knows.test(paid.group(2))
                                && !COMMON.contains(paid.group(2).toLowerCase(java.util.Locale.ROOT))
                                && !THING_AFTER
                                        .matcher(sentence.substring(paid.end(2)))
                                        .lookingAt();
                if (someone
                        && !GENERAL.matcher(sentence).find()
                        && !OWN.matcher(sentence).find()) {
                    return true;
                }
            }
        }
        List<String> sentences = Sentences.split(message.replace('\n', ' '));
        if (asksWhatMovesPay(sentences)) {
            // Only after the checks for a person named in full or paid by name.
            return false;
        }
        for (int i = 0; i < sentences.size(); i++) {
            String here = sentences.get(i);
            String window = i + 1 < sentences.size() ? here + " " + sentences.get(i + 1) : here;
            // "my manager says the 700k packages are a myth": the person is where a claim comes from, not whose pay.
            if (pointsAtSomeone(SOURCE.matcher(here).replaceAll(" "), knows)
                    && PRIVATE.matcher(window).find()
                    && !GENERAL.matcher(window).find()
                    && !MARKET_PAY.matcher(window).find()
                    && !OWN.matcher(window).find()
                    && !payOfRoleBesidePerson(window, knows)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "how much does an entry level ML data architect make? my nephew just finished his bachelor's": the person is
     * only the reason for asking. True when nothing private but pay is asked, no clause that speaks of pay points at
     * anyone and one of them names a role; "my brother is an ML architect, how much does he make?" ties the pay to him.
     */
    private static boolean payOfRoleBesidePerson(String text, Predicate<String> knows) {
        Matcher privateWord = PRIVATE.matcher(text);
        while (privateWord.find()) {
            if (!PAY.matcher(privateWord.group()).matches()) {
                return false;
            }
        }
        boolean payOfRole = false;
        for (String clause : CLAUSE_END.split(text)) {
            if (!PAY.matcher(clause).find()) {
                continue;
            }
            if (pointsAtSomeone(clause, knows)) {
                return false;
            }
            payOfRole |= ROLE_NOUN.matcher(clause).find();
        }
        return payOfRole;
    }

    /**
     * Whether a sentence asks if something anyone can have (experience, a degree, a skill) moves pay, with a person as
     * the example: "will that bump his salary?", "if my husband learns Kubernetes, will his salary go up?".
     */
    static boolean asksWhatMovesPay(String message) {
        return asksWhatMovesPay(Sentences.split(message.replace('\n', ' ')));
    }

    private static boolean asksWhatMovesPay(List<String> sentences) {
        // What moves pay asked outright counts only when no other sentence speaks of pay: "My boss Sara makes how
        // much? What determines her salary?" asks her pay first.
        return sentences.stream()
                .anyMatch(sentence -> WHAT_MOVES.matcher(sentence).find()
                                && sentences.stream()
                                        .noneMatch(other -> other != sentence
                                                && PAY.matcher(other).find())
                        || (FACTOR_EFFECT.matcher(sentence).find()
                                        || FACTOR_EFFECT_AFTER.matcher(sentence).find())
                                && FACTOR.matcher(sentence).find());
    }

    /** Whether a declined question was about someone's pay, rather than their private life. */
    static boolean aboutPay(String message) {
        return PAY.matcher(message).find();
    }

    private static boolean namesSomeoneInFull(String message, Predicate<String> knows) {
        Matcher name = FULL_NAME.matcher(message);
        while (name.find()) {
            if (!placeBefore(message, name.start()) && !knows.test(name.group(1)) && !knows.test(name.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pointsAtSomeone(String sentence, Predicate<String> knows) {
        if (PERSON.matcher(sentence).find()) {
            return true;
        }
        Matcher lower = LOWER_NAME.matcher(sentence);
        while (lower.find()) {
            if (!knows.test(lower.group(1)) && !COMMON.contains(lower.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            if (!placeBefore(sentence, name.start()) && !knows.test(name.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeBefore(String text, int at) {
        return PLACE_BEFORE.matcher(text.substring(0, at)).find();
    }
}
