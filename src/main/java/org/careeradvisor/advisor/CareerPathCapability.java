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
        java.util.List<String> messages = new java.util.ArrayList<>(request.history().stream()
                .map(org.careeradvisor.conversation.Turn::question).toList());
        messages.add(request.asked());
        return Reply.grounded(careerPath.compose(role, request.sections(), messages), request.analysis().roles());
    }
}
