package org.careeradvisor.advisor;

/** "Tell me about the AI Research Scientist role": a short profile of one role. */
final class OverviewCapability implements Capability {

    private final OverviewComposer overview;

    OverviewCapability(OverviewComposer overview) {
        this.overview = overview;
    }

    @Override
    public Intent intent() {
        return Intent.OVERVIEW;
    }

    @Override
    public Reply answer(Request request) {
        var role = request.analysis().roles().get(0);
        return Reply.grounded(
                overview.compose(role, request.sections()), request.analysis().roles());
    }
}
