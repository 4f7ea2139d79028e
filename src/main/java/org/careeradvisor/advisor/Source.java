package org.careeradvisor.advisor;

/**
 * A section an answer was drawn from.
 *
 * @param score   dense relevance of the section to the question, in [0, 1]
 * @param excerpt the part of the section the answer used
 */
public record Source(String role, String section, String document, double score, String excerpt) {
}
