package org.careeradvisor.advisor;

import java.util.regex.Pattern;

/**
 * The part of a message that asks: people set the scene first ("We have an applicant with a bachelor's degree and
 * strong research output. Is a bachelor's enough for the AI Research Manager role?", "Quick screening question: does the
 * role require a PhD?", "ai research engineer - do they need calculus?"), and what is asked, and whether it is a yes or
 * no, is read from what follows.
 */
final class AskingPart {

    /** A full stop, a question or exclamation mark, or an emoji, which in chat can end a sentence. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?]+\\s+|[\\p{So}\\x{1F3FB}-\\x{1F3FF}\\x{FE0F}\\x{200D}]+\\s+"
                    // An emoji ends a sentence only before one: "hr here 🙋 does ...", not "is a PhD 🎓 required ...".
                    + "(?=(?i:whats|hows|what|which|how|why|when|where|who|is|are|am|do|does|did|can|could|should|will|would|"
                    + "if|so|but|and|i|i'm|im|we|my|our)\\b|[A-Z])");
    /** "Ph.D.", "U.S.", "e.g.", "Dr.": a dot that ends a short form, not a sentence. */
    private static final Pattern SHORT_FORM =
            Pattern.compile("(?i)(\\S*\\.\\S*\\.|\\b(?:dr|mr|mrs|ms|prof|vs|etc|approx|incl|no|st)\\.)$");

    private static final Pattern ASKING_OPENER =
            Pattern.compile("(?i)(whats|hows|wheres|whos|what|which|how|why|when|where|who|is|are|am|do|"
                    + "does|did|can|could|should|will|would|must|has|have|need|tell me|list|name)\\b");
    /** A scene set before a colon, a dash or a comma: "Quick screening question:", "For a research engineer,". */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:[^:,?]|,(?=\\d)){1,90}?(?::|\\s[-–—]\\s|,(?!\\d))\\s*");

    private AskingPart() {}

    /** "My cousin ... asks what the job growth outlook is": the question someone else put, told. */
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:asks|asked|asking|wants to know|wanted to know|"
                    + "wonders|wondering|would like to know)(?: me| you)?\\s+(?=(?:what|which|how|why|whether|if|when|where)\\b)");

    /**
     * "if i became an ml architect would it matter where i live": a condition put before the question, which starts at
     * its first word of asking; "for ml architects does experience move the pay": whom it is about, then the yes/no.
     */
    private static final Pattern CONDITION = Pattern.compile(
            // The condition ends at its first modal or wh-word ("if someone is a junior, what would ..."), else at a
            // comma before a word of asking, else at the first word of asking.
            "(?i)^(?:so |and |but )?(?:(?:if|once|when|assuming|say)\\s[^?]{1,90}?,?\\s(?=(?:would|will|can|could|should|what|"
                    + "whats|which|how|where|why)\\s)|(?:if|once|when|assuming|say)\\s[^?]{1,90}?,\\s*(?=(?:does|do|is|are)\\s)"
                    + "|(?:if|once|when|assuming|say)\\s[^?,]{1,90}?\\s(?=(?:does|do|is|are)\\s)|(?:for|as|with)\\s(?!(?:what|"
                    + "which|how|why|when|where|who)\\b)[^,?]{1,40}?\\s(?=(?:would|will|can|could|does|do|is|are|should)\\s))");
    /** "can I print that?", "is it safe to quote that": whether a claim told may be repeated, which checks it. */
    private static final String MAY_SAY =
            "(?:(?:can|could|may) (?:i|we) (?:safely )?|is (?:it|that) (?:safe|ok|okay|fine) to )"
                    + "(?:say|print|quote|state|report|publish|cite|run) (?:that|this|it)"
                    + "(?: in (?:the|my|our) (?:article|piece|post|story|report|column|newsletter|blog|deck))?";
    /** "is that true", "or is that a myth": a question about the claim the message makes just before it. */
    private static final Pattern CLAIM_CHECK = Pattern.compile(
            "(?i)^(?:or |so |but )?(?:is|was) (?:that|this|it) (?:really )?(?:(?:an? )?(?:true|right|correct|accurate|fair)"
                    // "Is that an accurate description?", "does that assumption hold?"
                    + "(?: (?:description|picture|statement|summary|assessment|view|reading))?|a myth|so|the case)"
                    + "\\W*$|^(?:does|would) (?:that|this|my)(?: (?:assumption|claim|belief|view|idea))? (?:hold|stand)"
                    + "(?: up| true)?\\W*$|^(?:true|right|correct|really)\\?*$|^" + MAY_SAY + "\\W*$");
    /** "someone on reddit said ", "my dad says ": who made the claim, before the claim itself. */
    private static final Pattern CLAIMED_BY = Pattern.compile("(?i)^.*?\\b(?:said|says|told me|tells me|claims|claimed|"
            + "heard|read|keep reading|keeps saying|(?:have|had|was|been) told|(?:had |have )?assumed|thought|believed)"
            + "\\s+(?:that\\s+)?");
    /** "are us salaries higher than elsewhere or is that a myth": the claim, asked, before its check. */
    private static final Pattern TRAILING_CHECK = Pattern.compile(
            "(?i),?\\s+or (?:is|was) (?:that|this|it) (?:just )?(?:true|right|correct|a myth|hype|exaggerated)\\W*$");

    /**
     * "research engineers only use python, right?", "they only do nlp, yes?": a statement put as a question by a tag;
     * "... or is it just theory from uni", "... or just nice to have": the alternative offered after the question.
     */
    private static final Pattern TAG = Pattern.compile(
            "(?i)(?:,|\\s[-–—])?\\s+(?:yes or no|right|yes|yeah|correct|true|no|non|nao|vero|verdad|n'est-ce pas"
                    + "|isn'?t (?:it|that|they)|aren'?t they|don'?t they|"
                    + "doesn'?t (?:it|he|she|they)|am i right)\\W*$");

    private static final Pattern OFFERED_ALTERNATIVE = Pattern.compile(
            "(?i),?\\s+or (?:is (?:it|that) |are they |was it )?(?:just|only|merely|mostly|simply|more of|rather)?\\s*(?:a |an )?"
                    + "(?:theory|theoretical|nice to have|nice-to-have|optional|a plus|bonus|advantage|preferred|extra)\\b.*$"
                    // "... or is it purely a management job": any alternative put with "just", "only", "purely".
                    + "|(?i),?\\s+or (?:is (?:it|that)|are they|was it) (?:just|only|purely|merely|mostly|simply|all) .*$");

    /**
     * "so the VP also owns the data strategy?", "so a research scientist could specialise in computer vision?": a
     * statement put to be confirmed, which a verb makes a claim and not a bare topic ("ml architect pay?").
     */
    private static final Pattern CONFIRMING = Pattern.compile(
            "(?i)^(?:ok(?:ay)?,? |oh,? |and )?so,?\\s+(?!(?:what|whats|which|how|why|when|where|who|is|are|do|does|can|could|"
                    // "so I've been a data architect for a while ...": a story told, no claim put.
                    + "should|would|will|i|i'?ve|i'?m|im|ive|my|we|we'?re)\\b)(?=.*\\b(?:is|are|was|were|could|can|would|will|should|does|do|has|have|"
                    + "must|also|only|just|really|needs?|owns?|means?|gets?|makes?|earns?|uses?|leads?)\\b)");
    /** "i heard the outlook is shrinking, is that true": the claim, then its check, in one sentence. */
    private static final Pattern CHECKED_IN_SENTENCE = Pattern.compile(
            "(?i)^(.{12,}?),?\\s+(?:is|was) (?:that|this|it) (?:really )?(?:true|right|correct|accurate|a myth|so)\\W*$"
                    // "BLS projects 22% growth — can I print that?"
                    + "|^(.{12,}?)(?:,|\\s[-–—])\\s*" + MAY_SAY + "\\W*$");

    /** The asking sentence without a scene-setting lead-in; the whole message when nothing narrower asks. */
    static String of(String message) {
        String asking = ofSentence(message);
        java.util.regex.Matcher joined = JOINED.matcher(asking);
        if (joined.lookingAt()
                && ASKING_OPENER.matcher(asking.substring(joined.end())).lookingAt()) {
            // "and do i even need more than a bachelors for it": the question, without the word joining it on.
            asking = asking.substring(joined.end());
        }
        java.util.regex.Matcher confirming = CONFIRMING.matcher(asking);
        if (confirming.find() && confirming.end() < asking.length()) {
            return claimAsked(asking.substring(confirming.end()));
        }
        return asking;
    }

    private static final String CLAIM_ASKED = "is it true ";

    /** A claim put as the yes/no question it is: "is it true the outlook is shrinking?". */
    private static String claimAsked(String claim) {
        java.util.regex.Matcher by = CLAIMED_BY.matcher(claim);
        String said = by.find() && by.end() < claim.length() ? claim.substring(by.end()) : claim;
        return CLAIM_ASKED + said.strip().replaceAll("[.!?]+$", "") + "?";
    }

    /** Whether the asking part is a claim put to be checked ("is it true ..."). */
    static boolean checksClaim(String asking) {
        return asking.startsWith(CLAIM_ASKED);
    }

    private static String ofSentence(String message) {
        String sentence =
                TRAILING_CHECK.matcher(askingSentence(message.strip())).replaceAll("?");
        sentence = OFFERED_ALTERNATIVE.matcher(sentence).replaceAll("?");
        String claim = claimChecked(message.strip(), sentence);
        if (claim != null) {
            return claim;
        }
        java.util.regex.Matcher checked = CHECKED_IN_SENTENCE.matcher(sentence.strip());
        if (checked.find()) {
            return claimAsked(checked.group(1) != null ? checked.group(1) : checked.group(2));
        }
        java.util.regex.Matcher tag = TAG.matcher(sentence);
        if (tag.find()
                && tag.start() > 0
                && !CLAIM_CHECK.matcher(sentence.strip()).find()) {
            String body = sentence.substring(0, tag.start()).strip();
            boolean asks = ASKING_OPENER.matcher(body).lookingAt();
            boolean marked = tag.group().strip().matches("(?s)^[,–—-].*");
            // "which path is right?" and "are these figures correct?" end in a word, not a tag.
            if (marked || !asks) {
                return asks ? body + "?" : claimAsked(body);
            }
        }
        java.util.regex.Matcher condition = CONDITION.matcher(sentence);
        if (condition.find()) {
            return sentence.substring(condition.end());
        }
        java.util.regex.Matcher reported = REPORTED.matcher(sentence);
        if (reported.find()) {
            return sentence.substring(reported.end());
        }
        java.util.regex.Matcher lead = LEAD_IN.matcher(sentence);
        if (lead.find() && lead.end() < sentence.length()) {
            String rest = sentence.substring(lead.end());
            java.util.regex.Matcher restCondition = CONDITION.matcher(rest);
            if (restCondition.find()) {
                // "recruiter question: if a candidate has rare skills, does that push the salary up".
                return rest.substring(restCondition.end());
            }
            if (ASKING_OPENER.matcher(rest).lookingAt()) {
                return rest;
            }
            java.util.regex.Matcher second = LEAD_IN.matcher(rest);
            if (second.find()
                    && second.end() < rest.length()
                    && ASKING_OPENER.matcher(rest.substring(second.end())).lookingAt()) {
                // "switching roles — for the VP of AI quality engineering, which companies are mentioned?": two scenes.
                return rest.substring(second.end());
            }
        }
        return sentence;
    }

    /**
     * "someone on reddit said you need more than 5 years of experience. is that true": the claim before the check, put
     * as the yes/no question it is ("is it true you need more than 5 years of experience"); null when the asking
     * sentence checks no claim.
     */
    private static String claimChecked(String message, String sentence) {
        if (!CLAIM_CHECK.matcher(sentence.strip()).find()) {
            return null;
        }
        java.util.List<String> sentences = sentences(message);
        for (int i = sentences.size() - 1; i > 0; i--) {
            if (sentences.get(i).strip().equals(sentence.strip())) {
                return claimAsked(sentences.get(i - 1));
            }
        }
        return null;
    }

    private static java.util.List<String> sentences(String message) {
        java.util.List<String> sentences = new java.util.ArrayList<>();
        java.util.regex.Matcher end = SENTENCE_END.matcher(message);
        int start = 0;
        while (end.find()) {
            String upToEnd = message.substring(start, end.start() + 1);
            if (upToEnd.endsWith(".")
                    && SHORT_FORM.matcher(message.substring(0, end.start() + 1)).find()) {
                continue;
            }
            sentences.add(message.substring(start, end.end()));
            start = end.end();
        }
        sentences.add(message.substring(start));
        return sentences;
    }

    /** "and do i even need ...", "also, how long ...": a question joined on to one asked before it. */
    private static final Pattern JOINED =
            Pattern.compile("(?i)^(?:and also|and|also|plus|but|oh and|btw|one more thing)[,:]?\\s+");

    private static final int MIN_SECOND_QUESTION_WORDS = 4;
    /** "spark too?", "and python as well?": a few words the question before is asked of again. */
    private static final Pattern TOO = Pattern.compile(
            "(?i)^(?:and |what about |how about )?((?:[\\w+#./-]+\\s+){0,2}[\\w+#./-]+)\\s+(?:too|as well|also)\\W*$");
    /** "not in universities?", "and not at startups?": what the question before rules out, in a few words. */
    private static final Pattern NOT_THAT = Pattern.compile("(?i)^(?:and |but |or )?not (?:[\\w'-]+\\s*){1,4}\\?+$");
    /** "and", "also", "plus" carrying a question on; "but" turns to something else. */
    private static final Pattern CARRIED_ON = Pattern.compile("(?i)^(?:and also|and|also|plus)[,:]?\\s+");
    /** "I'm 50", "they also": a clause with a subject of its own. */
    private static final Pattern SUBJECT =
            Pattern.compile("(?i)(i|i'm|im|we|you|he|she|they|it|my|our|their|there|this|that)\\b");
    /** A question's first word without a question mark: "need an actual number" and "list ..." are requests. */
    private static final Pattern QUESTION_OPENER =
            Pattern.compile("(?i)(whats|hows|what|which|how|why|when|where|who|is|are|am|do|does|did|can|could|should|"
                    + "will|would|must)\\b");
    /** A sentence before that asks without a question mark: "Did a 12-week bootcamp." is a story, "what is ..." asks. */
    private static final Pattern WH_OPENER = Pattern.compile("(?i)(whats|hows|what|which|how|why|when|where|who)\\b");

    /**
     * A message that asks two things in turn ("whats the base salary ... just the base pls. and do i even need more than
     * a bachelors for it"): the message up to its second question, and that question; empty when the last sentence
     * asks nothing new (a check of a claim, a tag, a few words) or no sentence before it asks.
     */
    static java.util.Optional<java.util.List<String>> twoQuestions(String message) {
        java.util.List<String> sentences = sentences(message.strip());
        if (sentences.size() < 2) {
            return java.util.Optional.empty();
        }
        String last = sentences.get(sentences.size() - 1).strip();
        String second = JOINED.matcher(last).replaceFirst("");
        boolean asks = last.endsWith("?") || QUESTION_OPENER.matcher(second).lookingAt();
        if (!asks
                // "... or is a masters enough?": the other side of the question before it.
                || second.toLowerCase(java.util.Locale.ROOT).startsWith("or ")
                || Text.words(second).size() < MIN_SECOND_QUESTION_WORDS
                || CLAIM_CHECK.matcher(second).find()
                || CHECKED_IN_SENTENCE.matcher(second).find()
                || REPORTED.matcher(second).find()) {
            return java.util.Optional.empty();
        }
        String first =
                String.join("", sentences.subList(0, sentences.size() - 1)).strip();
        boolean firstAsks = sentences.subList(0, sentences.size() - 1).stream()
                .map(String::strip)
                .anyMatch(sentence -> sentence.endsWith("?")
                        || WH_OPENER
                                .matcher(JOINED.matcher(sentence).replaceFirst(""))
                                .lookingAt());
        return firstAsks ? java.util.Optional.of(java.util.List.of(first, last)) : java.util.Optional.empty();
    }

    /**
     * "do research engineers publish papers? and present at conferences?": a question carried on without a subject or
     * a verb of asking of its own is one question with the one before it.
     */
    private static String continued(String before, String sentence) {
        java.util.regex.Matcher too = TOO.matcher(sentence);
        if (before.endsWith("?") && ASKING_OPENER.matcher(before).lookingAt() && too.matches()) {
            // "is kafka part of the ML data architect picture, or is that just data eng stuff? spark too?": the
            // question asked again of one more thing, without the alternative the first one offered.
            String first = OFFERED_ALTERNATIVE.matcher(before).replaceAll("?");
            return first.substring(0, first.length() - 1).strip() + " and " + too.group(1) + "?";
        }
        if (before.endsWith("?") && NOT_THAT.matcher(sentence).matches()) {
            // "AI research scientist work only in companies? not in universities?": what the question rules out.
            return before.substring(0, before.length() - 1).strip() + ", " + sentence;
        }
        java.util.regex.Matcher joined = CARRIED_ON.matcher(sentence);
        if (before.endsWith("?")
                && ASKING_OPENER.matcher(before).lookingAt()
                && joined.lookingAt()
                && !ASKING_OPENER.matcher(sentence.substring(joined.end())).lookingAt()
                && !SUBJECT.matcher(sentence.substring(joined.end())).lookingAt()) {
            return before.substring(0, before.length() - 1).strip() + " " + sentence;
        }
        return sentence;
    }

    /** The last sentence ending in a question mark or opening with a word of asking; the message when one sentence. */
    private static String askingSentence(String message) {
        java.util.List<String> sentences = sentences(message);
        if (sentences.size() < 2) {
            return message;
        }
        for (int i = sentences.size() - 1; i >= 0; i--) {
            String sentence = sentences.get(i).strip();
            // A condition marks only the last sentence as asking: "When I started my team was small." is a story.
            if (sentence.endsWith("?")
                    || ASKING_OPENER.matcher(sentence).lookingAt()
                    || i == sentences.size() - 1 && CONDITION.matcher(sentence).find()
                    || CLAIM_CHECK.matcher(sentence).find()) {
                return continued(i > 0 ? sentences.get(i - 1).strip() : "", sentence);
            }
        }
        return message;
    }
}
