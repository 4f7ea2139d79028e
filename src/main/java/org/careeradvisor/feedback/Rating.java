package org.careeradvisor.feedback;

/** A user's verdict on one answer. */
public enum Rating {
    UP,
    DOWN
}
