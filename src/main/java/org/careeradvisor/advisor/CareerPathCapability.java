package org.careeradvisor.advisor;

import org.careeradvisor.conversation.Source;

/** "How do I become X?", "from data analyst to X": education, steps and experience in order. */
final class CareerPathCapability implements Capability {

    private final CareerPathComposer careerPath;

    CareerPathCapability(CareerPathComposer careerPath) {
        this.careerPath = careerPath;
    }

    /** The roles with the one the message says the person holds first, when exactly one is said so. */
    private static java.util.List<org.careeradvisor.knowledge.RoleDocument> startFirst(
            java.util.List<org.careeradvisor.knowledge.RoleDocument> roles, String message) {
        java.util.List<org.careeradvisor.knowledge.RoleDocument> held =
                roles.stream().filter(role -> HeldRole.held(role, message)).toList();
        if (held.size() != 1 || held.get(0).equals(roles.get(0))) {
            return roles;
        }
        java.util.List<org.careeradvisor.knowledge.RoleDocument> ordered = new java.util.ArrayList<>(held);
        roles.stream().filter(role -> !held.contains(role)).forEach(ordered::add);
        return ordered;
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
            // "how do i move up to ai research manager? currently a research scientist": the role said to be held is
            // the start wherever it stands in the message.
            roles = startFirst(roles, request.message());
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
