package org.careeradvisor.advisor;

import org.careeradvisor.conversation.Source;

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
        java.util.List<org.careeradvisor.knowledge.RoleDocument> roles =
                request.analysis().roles();
        // Only roles named in this message mark a way from one to the other; roles carried over from a comparison do
        // not.
        if (roles.size() > 1 && !request.analysis().followUp()) {
            // "from AI research engineer to manager", "what comes after the engineer: scientist or manager?": the first
            // role named is where the person stands, the others where they want to go.
            StringBuilder markdown = new StringBuilder();
            java.util.List<Source> sources = new java.util.ArrayList<>();
            java.util.List<String> from =
                    java.util.List.of("from " + roles.get(0).title());
            for (var target : roles.subList(1, roles.size())) {
                ComposedAnswer path = careerPath.compose(target, request.sections(), from);
                markdown.append(path.markdown()).append("\n\n");
                sources.addAll(path.sources());
            }
            return Reply.grounded(
                    new ComposedAnswer(markdown.toString().strip(), sources), roles.subList(1, roles.size()));
        }
        var role = roles.get(0);
        return Reply.grounded(
                careerPath.compose(role, request.sections(), request.messages()),
                request.analysis().roles());
    }
}
