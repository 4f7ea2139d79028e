package org.careeradvisor.advisor;

import java.util.Locale;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * Whether a message says the person holds a role, where a way to another one starts: "currently a research scientist",
 * "I'm an ML data architect", "from data architect", "for an AI research scientist who wants to lead a team",
 * "senior research scientist, phd, 10 years".
 */
final class HeldRole {

    /** What may stand between those words and the role's name: "a senior", "an ML". */
    private static final String ARTICLE_LEVEL =
            "( (a|an|the))?( senior| junior| lead| principal| staff)?( ai| ml)?\\s*$";
    /** Words just before a role that say the person holds it: "currently a", "I'm a", "from", "as a". */
    private static final Pattern BEFORE =
            Pattern.compile("(?i)\\b(currently|presently|now|i'?m|i am|as|from|being|been|work as|working as|worked as)"
                    + ARTICLE_LEVEL);
    /**
     * Words just after a role that say the person holds it and wants more: "... who wants to lead a team", "... ->".
     */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^\\w*\\s+(who|that) (wants?|would like|hopes?|plans?|is looking|aims?) to\\b|^\\w*\\s+(wanting|hoping|looking|aiming) to\\b"
                    // "research scientist -> research manager": the role before an arrow is where the way starts.
                    + "|^s?\\s*(-+>|→|=>)");

    /** "to work as a senior research manager", "to be an ML architect": the role wished for, not held. */
    private static final Pattern WISHED = Pattern.compile("(?i)\\bto (?:work as|be|become|get|land)" + ARTICLE_LEVEL);

    /** Nothing but a level before the role at the start of the message: "senior research scientist, phd, 10 years". */
    private static final Pattern OPENING = Pattern.compile(
            "(?i)^\\W*(?:(?:a|an)\\s+)?(?:(?:senior|junior|lead|principal|staff)\\s+)?(?:(?:ai|ml)\\s+)?");
    /** A comma, "with" or "here" right after the role's name. */
    private static final Pattern OPENING_JOINT = Pattern.compile("(?i)^\\s*(?:,|with\\b|here\\b)");
    /**
     * What a background says of the person: a degree, years, "here", "I've". "research scientist, what do they earn?"
     * says none of these and asks of the role.
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:phd|ph\\.d|master'?s|bachelor'?s|msc|bsc|"
            + "\\d+\\+?\\s*(?:years?|yrs?)|here|i'?ve|i'?m|i have)\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!]");

    private static final int WINDOW = 24;

    /** "research scientist with a phd here, ...", "senior research scientist, phd, 10 years.": a background opening. */
    private static boolean opensBackground(String after) {
        if (!OPENING_JOINT.matcher(after).lookingAt()) {
            return false;
        }
        // "Research scientist with a PhD required?" asks; "senior research scientist, phd, 10 years." tells.
        java.util.regex.Matcher end = SENTENCE_END.matcher(after);
        boolean ended = end.find();
        if (ended && after.charAt(end.start()) == '?') {
            return false;
        }
        return BACKGROUND
                .matcher(ended ? after.substring(0, end.start()) : after)
                .find();
    }

    private HeldRole() {}

    /** Whether the message says the person holds every one of the roles, and names at least one. */
    static boolean allHeld(java.util.List<RoleDocument> roles, String message) {
        return !roles.isEmpty() && roles.stream().allMatch(role -> held(role, message));
    }

    static boolean held(RoleDocument role, String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return role.names().stream().map(name -> name.toLowerCase(Locale.ROOT)).anyMatch(name -> {
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
                String before = lower.substring(Math.max(0, at - WINDOW), at);
                String after = lower.substring(at + name.length());
                if (!WISHED.matcher(before).find()
                        && (BEFORE.matcher(before).find()
                                || AFTER.matcher(after).find()
                                || OPENING.matcher(lower.substring(0, at)).matches() && opensBackground(after))) {
                    return true;
                }
            }
            return false;
        });
    }
}
