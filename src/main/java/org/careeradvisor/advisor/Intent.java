package org.careeradvisor.advisor;

import java.util.Locale;

/** What a message asks the advisor to do; {@link #wireName()} is the value channels see. */
public enum Intent {
    /** "Tell me about the AI Research Scientist role": a short profile. */
    OVERVIEW,
    /** "Compare X and Y": side by side per topic, differences first. */
    COMPARE,
    /** "I know Python and SQL, which role fits me?": ranked fits with matches and gaps. */
    SKILLS_GAP,
    /** "How do I become X?": education, steps and experience in order. */
    CAREER_PATH,
    /** "Draft a job posting for X": a structured posting for HR. */
    JOB_POSTING,
    /** Pay questions, always with what the figures are, year, region and currency. */
    SALARY,
    /** Any other question the role documents may answer. */
    QUESTION,
    GREETING,
    THANKS,
    FAREWELL,
    HELP,
    /** Off-topic, a role the documents do not cover, personal data, or an attempt to change the bot's instructions. */
    OUT_OF_SCOPE;

    public String wireName() {
        return switch (this) {
            case GREETING, THANKS, FAREWELL, HELP -> "smalltalk";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /** The intent a channel named, as {@link #wireName()} gives it; small talk names no single intent. */
    public static java.util.Optional<Intent> fromWireName(String wireName) {
        for (Intent intent : values()) {
            if (!intent.isSmallTalk() && intent.wireName().equals(wireName)) {
                return java.util.Optional.of(intent);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether this intent is answered from the documents by a capability (not small talk, not out of scope). */
    public boolean isCapability() {
        return !isSmallTalk() && this != OUT_OF_SCOPE;
    }

    public boolean isSmallTalk() {
        return this == GREETING || this == THANKS || this == FAREWELL || this == HELP;
    }
}
