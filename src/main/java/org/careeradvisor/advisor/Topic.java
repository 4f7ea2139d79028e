package org.careeradvisor.advisor;

import java.util.List;
import java.util.Locale;

/**
 * Something people ask about a role (pay, requirements, career path...), the words that signal it, the section
 * titles that answer it, and the follow-up question that offers it.
 */
public record Topic(
        TopicId id,
        String label,
        List<String> cues,
        List<String> sectionKeywords,
        boolean strict,
        boolean fallback,
        String questionTemplate) {

    /** Whether a role's document has a section on this topic. */
    public boolean coveredBy(org.careeradvisor.knowledge.RoleDocument role) {
        return role.sections().stream().anyMatch(section -> answeredBy(section.title()));
    }

    /** Whether a section with this title answers the topic. */
    public boolean answeredBy(String sectionTitle) {
        String title = sectionTitle.toLowerCase(Locale.ROOT);
        return sectionKeywords.stream().anyMatch(title::contains);
    }

    /** How many of this topic's cues a question (lower case, padded with spaces) contains. */
    public int cueHits(String paddedQuestion) {
        return (int) cues.stream()
                .filter(cue -> paddedQuestion.contains(needle(cue)))
                .count();
    }

    /** Length of the longest cue the question contains: "soft skills" is more specific than "skills". */
    public int longestCue(String paddedQuestion) {
        return cues.stream()
                .filter(cue -> paddedQuestion.contains(needle(cue)))
                .mapToInt(String::length)
                .max()
                .orElse(0);
    }

    private static String needle(String cue) {
        return cue.startsWith(" ") || cue.endsWith(" ") ? cue : " " + cue + " ";
    }

    /** The follow-up question for a role: "{a role}" becomes "an AI Research Scientist", "{role}" the bare title. */
    public String question(String roleTitle) {
        return questionTemplate.replace("{a role}", withArticle(roleTitle)).replace("{role}", roleTitle);
    }

    /** "an AI Research Engineer", "a Machine Learning Data Architect": the article follows the spoken sound. */
    static String withArticle(String title) {
        String first = title.split("\\s+")[0];
        boolean acronym = first.length() > 1
                && first.equals(first.toUpperCase(Locale.ROOT))
                && Character.isLetter(first.charAt(0));
        char initial = Character.toUpperCase(first.charAt(0));
        boolean vowelSound = acronym ? "AEFHILMNORSX".indexOf(initial) >= 0 : "AEIOU".indexOf(initial) >= 0;
        return (vowelSound ? "an " : "a ") + title;
    }
}
