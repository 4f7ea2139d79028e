package org.careeradvisor.advisor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message written as a letter: "Dear Sir or Madam, ... Kind regards, Mr. D. Evans". The salutation and the closing
 * with its signature frame the question and ask nothing; the name signed is no person whose pay is asked, and the
 * last sentence of the letter is no "Many thanks". Both are taken off before the message is read.
 */
final class LetterFrame {

    /** "Dear advisor,", "Dear Sir or Madam,", "Good afternoon.", "Hello there,", "Guten Tag.", "Hola," */
    private static final Pattern SALUTATION =
            Pattern.compile("(?i)^\\s*(?:dear\\s+(?:sir\\s+or\\s+madam|madam\\s+or\\s+sir"
                    + "|sir\\s*/\\s*madam|sirs?|madam|advisor|adviser|team|all|friends?|colleagues?|career\\s+advis[eo]r)"
                    + "|good\\s+(?:morning|afternoon|evening|day)|hello(?:\\s+there)?|hi(?:\\s+there)?|greetings|guten\\s+tag"
                    + "|hola|bonjour|buongiorno|ciao|ol[áa]|bom\\s+dia|boa\\s+tarde)\\s*[,.!:;-]\\s*(?=\\S)");

    /**
     * "Kind regards, Mr. D. Evans", "With thanks in advance, Margaret", "Many thanks and best regards from Hamburg,
     * Klaus", "Yours, Edith", "Many thanks,\nPatricia Holloway": a closing at the end, after the last sentence.
     */
    private static final Pattern CLOSING = Pattern.compile("(?i)(?<=[.?!\\n])\\s*(?:with\\s+(?:many\\s+)?thanks"
            + "(?:\\s+in\\s+advance)?|with\\s+gratitude|thanks(?:\\s+(?:in\\s+advance|again|so\\s+much|a\\s+lot))?"
            + "|thank\\s+you(?:\\s+(?:kindly|so\\s+much|very\\s+much|in\\s+advance|again))?|many\\s+thanks|(?:kind|best|warm"
            + "|warmest)\\s+(?:regards|wishes)|regards|all\\s+the\\s+best|cheers|sincerely|best(?=\\s*(?:,|\\n|$))"
            + "|yours(?:\\s+(?:sincerely|faithfully|truly))?(?=\\s*(?:,|\\n|$))|respectfully(?:\\s+yours)?|cordially"
            + "|atenciosamente|saludos|cordiali\\s+saluti|grazie|obrigad[oa]|gracias|merci)"
            // "Many thanks and best regards from Hamburg", "Thanks for your help": only a closing's own words follow.
            + "(?:\\s+(?:and\\s+(?:best|kind|warm)\\s+(?:regards|wishes)|for\\s+(?:your|the)\\s+(?:help|time|reply|answer)))?"
            + "(?:\\s+from\\s+(?-i:\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?))?[,.!]*"
            + "(?:\\s+(?-i:(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(?:[A-Z]\\.\\s*)*\\p{Lu}[\\p{L}'-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}))?\\s*$");
    /** "Thank you for reading such a long letter!", "I appreciate your help.": a last sentence of thanks. */
    private static final Pattern THANKS = Pattern.compile("(?i)(?<=[.?!])\\s*(?:(?:thank you|thanks|many thanks) for|"
            + "i (?:would |really )?appreciate|i'?d be grateful|i am grateful|i'?m grateful|apologies|sorry)\\b[^.?!]{0,100}"
            + "[.!]+\\s*$");
    /** A letter's body is a few sentences: "Great. Thanks!" is an acknowledgement, not a letter. */
    private static final int MIN_BODY_WORDS = 6;
    /** Words a message must have after its salutation for the salutation to be a letter's. */
    private static final int MIN_LETTER_WORDS = 8;

    private LetterFrame() {}

    /** The message without a letter's salutation and closing; the whole message when nothing else would be left. */
    static String body(String message) {
        // "Hi! I'm Maria, nice to meet you" is a hello, not a letter: a salutation frames a few sentences at least.
        String unsaluted = SALUTATION.matcher(message).replaceFirst("");
        String body = words(unsaluted) >= MIN_LETTER_WORDS ? unsaluted : message;
        Matcher closing = CLOSING.matcher(body);
        if (closing.find() && words(body.substring(0, closing.start())) >= MIN_BODY_WORDS) {
            body = body.substring(0, closing.start());
        }
        Matcher thanks = THANKS.matcher(body);
        if (thanks.find() && words(body.substring(0, thanks.start())) >= MIN_BODY_WORDS) {
            // "... What would I need? Thank you for reading such a long letter!": the thanks asks nothing either.
            body = body.substring(0, thanks.start());
        }
        body = body.strip();
        return body.isEmpty() ? message : body;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
