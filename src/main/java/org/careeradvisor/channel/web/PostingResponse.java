package org.careeradvisor.channel.web;

import java.util.List;
import org.careeradvisor.advisor.JobPosting;
import org.careeradvisor.conversation.Source;

/**
 * Body of {@code GET /api/roles/{id}/posting}: the draft with the sections it was taken from. Its sources carry no
 * {@code score}: a chat source's score is its relevance to a question, and a posting answers none.
 */
public record PostingResponse(
        String role,
        String summary,
        List<JobPosting.Item> responsibilities,
        List<JobPosting.Item> requirements,
        List<JobPosting.Item> niceToHave,
        JobPosting.Compensation compensation,
        List<PostingSource> sources) {

    static PostingResponse from(JobPosting posting) {
        return new PostingResponse(
                posting.role(),
                posting.summary(),
                posting.responsibilities(),
                posting.requirements(),
                posting.niceToHave(),
                posting.compensation(),
                posting.sources().stream().map(PostingSource::from).toList());
    }

    /** A section the posting quotes: the role, its heading path, the document and the part used. */
    public record PostingSource(String role, String section, String document, String excerpt) {
        static PostingSource from(Source source) {
            return new PostingSource(source.role(), source.section(), source.document(), source.excerpt());
        }
    }
}
