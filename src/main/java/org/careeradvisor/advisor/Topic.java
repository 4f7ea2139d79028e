package org.careeradvisor.advisor;

import java.util.List;
import java.util.Locale;

/**
 * Something people ask about a role (pay, requirements, career path...), the words that signal it, the section
 * titles that answer it, and the follow-up question that offers it.
 */
public record Topic(String id, String label, List<String> cues, List<String> sectionKeywords, String questionTemplate) {

    /** Whether a section with this title answers the topic. */
    public boolean answeredBy(String sectionTitle) {
        String title = sectionTitle.toLowerCase(Locale.ROOT);
        return sectionKeywords.stream().anyMatch(title::contains);
    }

    /** How strongly a question (lower case, padded with spaces) signals this topic. */
    public int cueHits(String paddedQuestion) {
        int hits = 0;
        for (String cue : cues) {
            String needle = cue.startsWith(" ") || cue.endsWith(" ") ? cue : " " + cue + " ";
            if (paddedQuestion.contains(needle)) {
                hits += cue.contains(" ") ? 2 : 1;
            }
        }
        return hits;
    }

    public String question(String roleTitle) {
        return questionTemplate.replace("{role}", roleTitle);
    }
}
