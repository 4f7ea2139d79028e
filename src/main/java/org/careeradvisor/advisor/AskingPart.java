package org.careeradvisor.advisor;

import java.util.regex.Pattern;

/**
 * The part of a message that asks: people set the scene first ("We have an applicant with a bachelor's degree and
 * strong research output. Is a bachelor's enough for the AI Research Manager role?", "Quick screening question: does the
 * role require a PhD?", "ai research engineer - do they need calculus?"), and what is asked, and whether it is a yes or
 * no, is read from what follows.
 */
final class AskingPart {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+\\s+");
    /** "Ph.D.", "U.S.", "e.g.", "Dr.": a dot that ends a short form, not a sentence. */
    private static final Pattern SHORT_FORM =
            Pattern.compile("(?i)(\\S*\\.\\S*\\.|\\b(?:dr|mr|mrs|ms|prof|vs|etc|approx|incl|no|st)\\.)$");

    private static final Pattern ASKING_OPENER =
            Pattern.compile("(?i)(whats|hows|wheres|whos|what|which|how|why|when|where|who|is|are|am|do|"
                    + "does|did|can|could|should|will|would|must|has|have|need|tell me|list|name)\\b");
    /** A scene set before a colon, a dash or a comma: "Quick screening question:", "For a research engineer,". */
    private static final Pattern LEAD_IN = Pattern.compile("^[^:,?]{1,60}?(?::|\\s[-–—]\\s|,)\\s*");

    private AskingPart() {}

    /** "My cousin ... asks what the job growth outlook is": the question someone else put, told. */
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:asks|asked|asking|wants to know|wanted to know|"
                    + "wonders|wondering|would like to know)(?: me| you)?\\s+(?=(?:what|which|how|why|whether|if|when|where)\\b)");

    /** The asking sentence without a scene-setting lead-in; the whole message when nothing narrower asks. */
    static String of(String message) {
        String sentence = askingSentence(message.strip());
        java.util.regex.Matcher reported = REPORTED.matcher(sentence);
        if (reported.find()) {
            return sentence.substring(reported.end());
        }
        java.util.regex.Matcher lead = LEAD_IN.matcher(sentence);
        if (lead.find() && lead.end() < sentence.length()) {
            String rest = sentence.substring(lead.end());
            if (ASKING_OPENER.matcher(rest).lookingAt()) {
                return rest;
            }
        }
        return sentence;
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

    /** The last sentence ending in a question mark or opening with a word of asking; the message when one sentence. */
    private static String askingSentence(String message) {
        java.util.List<String> sentences = sentences(message);
        if (sentences.size() < 2) {
            return message;
        }
        for (int i = sentences.size() - 1; i >= 0; i--) {
            String sentence = sentences.get(i).strip();
            if (sentence.endsWith("?") || ASKING_OPENER.matcher(sentence).lookingAt()) {
                return sentence;
            }
        }
        return message;
    }
}
