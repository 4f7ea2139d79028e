package org.careeradvisor.advisor;

import java.util.Locale;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * Whether a message says the person holds a role, where a way to another one starts: "currently a research scientist",
 * "I'm an ML data architect", "from data architect", "for an AI research scientist who wants to lead a team".
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

    private static final int WINDOW = 24;

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
                                || AFTER.matcher(after).find())) {
                    return true;
                }
            }
            return false;
        });
    }
}
