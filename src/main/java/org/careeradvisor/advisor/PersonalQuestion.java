package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.Sentences;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about one particular person's private matters: "how much equity does my manager Lisa hold?", "does Kevin
 * from the data team have some health problem?", "how much does the architect on my team earn?". It needs, in one
 * sentence or the one after it, a particular person and a private matter, and no sign that the role in general is
 * meant: "my friend is an ML architect, what does that role earn on average?" asks about the role.
 */
final class PersonalQuestion {

    private static final String RELATIONS = "(ex-?)?(teammate|team mate|colleague|coworker|co-worker|boss|manager|supervisor|"
            + "lead|friend|wife|husband|partner|brother|sister|cousin|neighbou?r|employee|candidate|report|flatmate|roommate|"
            + "ex|boyfriend|girlfriend|dad|mom|mum|father|mother|son|daughter|uncle|aunt|interviewer|recruiter|predecessor|"
            + "successor|new hire|hire|ceo|cto|cfo|director|vp|architect|scientist|engineer|researcher)s?";
    /** "my manager", "our new VP", "the architect on my team", "Kevin from the data team", "the guy who interviewed me". */
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(my|our) (new |old |current |former |previous )?" + RELATIONS
            + "\\b(?! (is|are|was|were|wants?|asked|says?|said|thinks?|told)\\b[^.?!]*\\b(role|job|position|field)\\b)"
            + "|\\b(the|a|that) \\w+ (on|in|from) (my|our|the \\w+) team\\b|\\bfrom the \\w+ team\\b"
            + "|\\b(the|that) (guy|woman|man|person|lady|one) who\\b|\\b(he|she|him)\\b|\\b(his|her)\\b(?! (own )?(role|job))");
    /** "Marcus Chen", "Nina's", "Kevin from": a name, when the documents and the vocabulary do not know its words. */
    private static final Pattern NAME = Pattern.compile("\\b([A-Z][a-z]{2,})(?: ([A-Z][a-z]{2,})|'s\\b| from\\b| (?:on|in) (?:my|our)\\b"
            + "|,? (?:the|our|my) \\w+ who\\b)");
    /** Pay of one person, or their private life. */
    private static final Pattern PRIVATE = Pattern.compile("(?i)\\b(earn|earns|earning|earned|make|makes|making|paid|pay|salary|"
            + "comp|compensation|income|bonus|take home|takes home|equity|stock|shares|raise|health|sick|ill|illness|"
            + "pregnant|(is|are) (he|she|they) single|single or|married|dating|divorced|relationship|religion|religious|age|"
            + "how old|birthday|(home )?address|where (does|do) \\w+ live|lives in|phone|phone number|e-?mail|contact details|"
            + "performance review|appraisal|rating|fired|disciplin\\w*)\\b");
    /** "that role", "on average", "ML architects": the role in general, whoever asks. */
    private static final Pattern GENERAL = Pattern.compile("(?i)\\b(roles?|positions?|jobs?|on average|average|typical(ly)?|usually|"
            + "in general|generally|market|range|architects|scientists|engineers|managers|vps|people in)\\b");

    private PersonalQuestion() {
    }

    /**
     * @param knows whether a word is one the documents or the vocabulary use, so "Machine Learning" is never a name
     */
    static boolean asks(String message, java.util.function.Predicate<String> knows) {
        java.util.List<String> sentences = Sentences.split(message.replace('\n', ' '));
        for (int i = 0; i < sentences.size(); i++) {
            String here = sentences.get(i);
            String window = i + 1 < sentences.size() ? here + " " + sentences.get(i + 1) : here;
            if (namesSomeone(here, knows) && PRIVATE.matcher(window).find() && !GENERAL.matcher(window).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSomeone(String sentence, java.util.function.Predicate<String> knows) {
        if (PERSON.matcher(sentence).find()) {
            return true;
        }
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            boolean unknown = !knows.test(name.group(1)) && (name.group(2) == null || !knows.test(name.group(2)));
            if (unknown) {
                return true;
            }
        }
        return false;
    }
}
