package org.careeradvisor.advisor;

/** "Draft a job posting for X": a structured posting for HR, from the role's own sections. */
final class JobPostingCapability implements Capability {

    private final JobPostingDrafter drafter;

    JobPostingCapability(JobPostingDrafter drafter) {
        this.drafter = drafter;
    }

    @Override
    public Intent intent() {
        return Intent.JOB_POSTING;
    }

    @Override
    public Reply answer(Request request) {
        JobPosting posting = drafter.draft(request.analysis().roles().get(0), request.sections());
        return Reply.grounded(
                new ComposedAnswer(JobPostingDrafter.markdown(posting), posting.sources()),
                request.analysis().roles());
    }
}
