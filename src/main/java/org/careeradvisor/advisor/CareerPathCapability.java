package org.careeradvisor.advisor;

/** "How do I become X?", "from data analyst to X": education, steps and experience in order. */
final class CareerPathCapability implements Capability {

    private final CareerPathComposer careerPath;

    CareerPathCapability(CareerPathComposer careerPath) {
        this.careerPath = careerPath;
    }

    @Override
    public Intent intent() {
        return Intent.CAREER_PATH;
    }

    @Override
    public Reply answer(Request request) {
        var role = request.analysis().roles().get(0);
        return Reply.grounded(careerPath.compose(role, request.sections()), request.analysis().roles());
    }
}
