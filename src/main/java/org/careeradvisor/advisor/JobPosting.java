package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.conversation.Source;

/**
 * A job-posting draft composed only from one role document; every part names the section it comes from.
 *
 * @param compensation null when the document gives no pay figures
 */
public record JobPosting(
        String role,
        String summary,
        List<Item> responsibilities,
        List<Item> requirements,
        List<Item> niceToHave,
        Compensation compensation,
        List<Source> sources) {

    public JobPosting {
        responsibilities = List.copyOf(responsibilities);
        requirements = List.copyOf(requirements);
        niceToHave = List.copyOf(niceToHave);
        sources = List.copyOf(sources);
    }

    /** One line of the posting and the section it was taken from. */
    public record Item(String text, String section) {}

    /**
     * @param context the document's own statement of year, region and currency
     * @param figures the pay lines, each with what the figure is
     */
    public record Compensation(String context, List<String> figures, String section) {}
}
