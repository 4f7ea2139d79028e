package org.careeradvisor.advisor;

/** What a message asks the advisor to do. */
public enum Intent {
    /** A question the role documents may answer. */
    QUESTION,
    GREETING,
    THANKS,
    HELP,
    /** Off-topic, a role the documents do not cover, or an attempt to change the bot's instructions. */
    OUT_OF_SCOPE
}
