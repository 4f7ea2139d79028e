package org.careeradvisor.advisor;

/** A person's verdict on one answer, 👍 or 👎. */
public enum Verdict {
    UP,
    DOWN
}
