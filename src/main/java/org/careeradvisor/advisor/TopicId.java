package org.careeradvisor.advisor;

import java.util.Locale;
import java.util.Optional;

/**
 * The topics the advisor knows how to answer, as typed ids: {@code advisor/vocabulary.yml} gives each its cues, the
 * section titles that answer it and its follow-up question, and a topic id the file does not know, or one the code
 * needs that the file leaves out, stops the vocabulary from loading.
 */
public enum TopicId {
    SALARY,
    REQUIREMENTS,
    SKILLS,
    CAREER,
    RESPONSIBILITIES,
    DEMAND,
    TRENDS,
    SOFT_SKILLS,
    BEST_PRACTICES,
    CHALLENGES,
    ENVIRONMENT,
    SPECIALISATIONS,
    DISTINCTION,
    OVERVIEW;

    /** The id as the vocabulary file and stored conversations write it: "soft-skills". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The topic of a stored id; empty for an id no longer known (a conversation stored by an older version). */
    public static Optional<TopicId> fromWireName(String wireName) {
        for (TopicId id : values()) {
            if (id.wireName().equals(wireName)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
