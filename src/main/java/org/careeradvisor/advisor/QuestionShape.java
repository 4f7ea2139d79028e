package org.careeradvisor.advisor;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What form of answer a question wants, from how it is asked: a yes or no, a figure, or a list; and whether it asks
 * what is needed (so that "an advantage" answers "no"), or whether the role can be had without something; and the number a
 * yes/no question puts to the document ("is 1 year enough?"); and what a claim asked says does not hold ("... and not to
 * financial companies").
 */
record QuestionShape(
        boolean yesNo,
        boolean figure,
        boolean list,
        boolean need,
        boolean exclusive,
        boolean without,
        Optional<AskedNumber> number,
        boolean either,
        Optional<ComparativeClaim> comparative,
        Optional<String> denied,
        String asked) {

    private static final Pattern YES_NO =
            Pattern.compile("^(is|are|am|do|does|did|can|could|should|will|would|must|has|have|need|was|were)\\b.*"
                    // "surely it's the engineer who does the theory?": a claim put to be confirmed.
                    + "|^(it's|it is|that's|thats|they're|they are|there's)\\b"
                    + "(?![^?]*\\b(?:what|whats|which|how|why|when|where|who)\\b)[^?]*\\?+$");
    /** "quick q", "surely", "ok so": words before a question that say how it is asked. */
    private static final Pattern OPENER =
            Pattern.compile("^(?:(?:(?:quick|simple|dumb|stupid|silly|honest|serious|real|"
                    + "genuine|small|random)\\s+(?:q|qn|question)|surely|so|ok so|okay so|honestly|seriously|but|and|also|hm+|"
                    + "hey|hi|ok|okay|well|wait|sorry|real talk|genuinely|be honest|tbh)\\b[:,.!-]*\\s+)+");
    /**
     * "ML data architect need PhD?", "so a masters wont cut it?", "a bachelor's is enough?", "ai research scientist -
     * phd required?": a statement asked as a question, its verb after the subject; no question word, at most a short
     * sentence.
     */
    private static final Pattern ELLIPTICAL_NEED =
            Pattern.compile("^(?!(?:what|which|who|whom|whose|how|why|when|where|i|we|you)\\b)"
                    + "(?!.*\\b(?:what|which|how|why|when|where|whats)\\b)(?:[\\w'./+%$-]+,?\\s+){1,8}?"
                    + "(?:need|needs|require|requires|required|needed|necessary|mandatory|compulsory|won'?t|wont|doesn'?t|isn'?t|aren'?t|can'?t|cannot|is|are|counts?|"
                    // "ml architect base over 300k possible?", "data architects earn more than ml architects?"
                    // "n base only?" asks for the base alone: "only" with nothing after it asks nothing.
                    + "only(?=\\s+\\w)|just(?=\\s+\\w)|also(?=\\s+\\w)|over|above|under|below|more than|less than|possible|earn|earns|"
                    + "make|makes|hire|hires|enough|sufficient|suffice|must(?!-)|gotta|got to|has to|have to|out-?earns?|outpays?|"
                    // "top ml archs clear 700k?", "base ever cracks 300k?": an amount put to be reached.
                    + "(?:clear|clears|crack|cracks|hit|hits|reach|reaches|pass|passes|break|breaks|top|tops|surpass|surpasses"
                    + "|exceed|exceeds|go past|go over|go above)(?=\\s+\\$?\\d[\\d,.]*\\s*(?:k\\b|,000|000|m\\b|million))|"
                    + "use|uses|work|works|get|gets|matter|matters)\\b"
                    + "[^?]{0,80}\\?+$"
                    // "research engineer need java or just python": a need put without a question mark.
                    + "|^(?!(?:what|which|who|whom|whose|how|why|when|where|i|we|you)\\b)(?:[\\w'./+-]+\\s+){1,5}?"
                    + "(?:need|needs|require|requires)\\b[^?.!]{0,40}\\bor\\b[^?.!]{0,30}$");
    /** "skills matter for ml architect pay or nah", "phd needed, yes or no?": a tag that asks for a yes or no. */
    private static final Pattern YES_NO_TAG = Pattern.compile(
            "^(?!(?:what|which|who|whom|whose|how|why|when|where)\\b).*\\b(or nah|or not|yes or no|y/n|true or false)\\W*$");
    /** "can you write the job ad", "could you list the skills": a request put politely, not a yes or no. */
    private static final Pattern REQUEST =
            Pattern.compile("(can|could|would|will) (you|u)( please| pls)? (write|draft|give|"
                    + "list|tell me (?!if|whether)|show|make|create|help|explain|compare|rewrite|put|prepare|produce|generate|"
                    + "summari[sz]e|describe|outline|suggest|recommend|send)");

    /** "relevant to tech firms and not to financial companies": what a claim says does not hold. */
    private static final Pattern DENIED = Pattern.compile(
            "\\b(?:and|but) not (?!(?:just|only|merely|solely)\\b)(?:(?:to|in|for|at|with|by|a|an|the|really)\\s+)*"
                    + "([a-z][a-z -]{2,40}?)\\s*(?:[.,;?!]|$)");

    private static final Pattern EITHER = Pattern.compile("\\b[\\w'.]+ or (an? )?[\\w'.]+");
    private static final Pattern NEED_OPENER = Pattern.compile("(need|have|has)\\b");
    private static final Pattern FIGURE = Pattern.compile(
            "\\b(how much|how many|how long|how fast|what percent(age)?|percent|%|salar(y|ies)|earn\\w*|pay|paid|bonus\\w*|stock"
                    + "|compensation|comp|range|average|median|figure|rate|growth|grow|outlook|years?|number|top 10)\\b|\\d");
    private static final Pattern LIST = Pattern.compile(
            "^(which|list|name)\\b|\\b(what|which) (are|kinds?|types?|sorts?)\\b|\\b(what|which) \\w+ (\\w+ )?(do|does|should|must|can|are)\\b"
                    + "|\\b(tools|skills|languages|frameworks|industries|sectors|trends|challenges|practices|areas|fields|steps"
                    + "|tasks|responsibilities|duties|qualifications|requirements|providers|platforms|topics|companies|employers|factors"
                    + "|measures|methods|regulations|certifications|components|approaches|techniques|subfields|specialisations)\\b");

    private static final Pattern NEED = Pattern.compile(
            "\\b(need|needs|needed|require[sd]?|required|must|have to|necessary|mandatory|compulsory|obligatory|essential"
                    // "can i list cloud experience as a requirement for the posting?"
                    + "|(?:as|in|among) (?:a |the |its )?requirements?)\\b");

    /** "only theory", "just a bachelor's": a yes/no question that asks whether nothing else is needed or done. */
    private static final Pattern EXCLUSIVE =
            Pattern.compile("\\b(only|just|solely|merely|purely|exclusively|nothing but|alone)\\b");

    private static final Pattern NOT_ONLY = Pattern.compile("\\bnot (only|just|solely|merely|purely|exclusively)\\b");
    private static final Pattern ALTERNATIVE =
            Pattern.compile("\\bor\\b[^?]{0,24}\\b(only|just|solely|merely|purely|exclusively)\\b");
    /** "can I become one without leadership experience?": whether something can be done lacking what follows. */
    private static final Pattern WITHOUT = Pattern.compile("\\b(without|with no|with zero|lacking)\\b");

    static QuestionShape of(String question) {
        // "We have an applicant with a bachelor's. Is a bachelor's enough?": the shape of the part that asks.
        // "quick q do i NEED a phd", "surely it needs a master's?": the words before the question are no part of it.
        String text = OPENER.matcher(
                        AskingPart.of(question).toLowerCase(Locale.ROOT).strip())
                .replaceFirst("");
        // "need a PhD for this?" asks; "need a vacancy text for an AI research manager" requests.
        boolean yesNo = (YES_NO.matcher(text).matches()
                        || ELLIPTICAL_NEED.matcher(text).matches()
                        || YES_NO_TAG.matcher(text).find())
                && !REQUEST.matcher(text).lookingAt()
                && !(NEED_OPENER.matcher(text).lookingAt() && !text.endsWith("?"));
        // "does the VP lead data scientists too, or just QA people?" offers an alternative: it asks whether the first
        // holds.
        // "also owns the data strategy, not just testing?" says more than one thing is done.
        boolean exclusive = EXCLUSIVE.matcher(text).find()
                && !ALTERNATIVE.matcher(text).find()
                && !NOT_ONLY.matcher(text).find();
        return new QuestionShape(
                yesNo,
                FIGURE.matcher(text).find(),
                !yesNo && LIST.matcher(text).find(),
                asksNeed(text),
                exclusive,
                yesNo && WITHOUT.matcher(text).find(),
                yesNo ? AskedNumber.of(text).or(() -> numberReferredTo(text, question)) : Optional.empty(),
                // "does the manager need a master's or phd?" offers the document's own alternatives.
                yesNo && !exclusive && EITHER.matcher(text).find(),
                // "are research engineers more about theory than scientists?"
                yesNo ? ComparativeClaim.of(text) : Optional.empty(),
                yesNo ? denied(text) : Optional.empty(),
                text);
    }

    private static Optional<String> denied(String text) {
        if (!AskingPart.checksClaim(text)) {
            // Only a claim put to be checked ("I had assumed ... Does that assumption hold?") denies anything; "about
            // practical applications and not theoretical exploration?" asks whether the document says so.
            return Optional.empty();
        }
        java.util.regex.Matcher denied = DENIED.matcher(text);
        return denied.find() ? Optional.of(denied.group(1).strip()) : Optional.empty();
    }

    private static final Pattern AGE = Pattern.compile("\\b\\d+\\s*(years?|yrs?)[ -]old\\b");

    /**
     * "is that enough", "would this be sufficient", "is that typical?": a yes/no on what the message said before it.
     */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "\\b(that|this|it|those|these)\\b.*\\b(enough|sufficient|suffice|too (few|little|short|much|many)|typical|"
                    + "right|correct|accurate|realistic|standard|normal|usual|true)\\b");

    /**
     * "i've led a research team for 1 year, is that enough?": the number said before the asking part, which "that"
     * refers to.
     */
    private static Optional<AskedNumber> numberReferredTo(String asking, String question) {
        // "I'm 34 years old and led a team for 1 year, is that enough?": an age is no experience.
        return REFERS_BACK.matcher(asking).find()
                ? AskedNumber.of(AGE.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" "))
                : Optional.empty();
    }

    /** Whether a text speaks of what is needed or required. */
    static boolean asksNeed(String text) {
        return NEED.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
