package org.careeradvisor.advisor;

/** "Compare X and Y": the roles side by side per topic, differences first. */
final class CompareCapability implements Capability {

    private final ComparisonComposer comparison;

    CompareCapability(ComparisonComposer comparison) {
        this.comparison = comparison;
    }

    @Override
    public Intent intent() {
        return Intent.COMPARE;
    }

    @Override
    public Reply answer(Request request) {
        return Reply.grounded(
                comparison.compose(request.analysis().roles(), request.sections()),
                request.analysis().roles());
    }
}
