package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.List;

/** "I know Python and SQL, which role fits me?": the closest role, why, and what is still missing. */
final class SkillsGapCapability implements Capability {

    private final SkillsGapAdvisor skillsGap;
    private final QuestionCapability questions;
    private final SuggestionGenerator suggestions;

    SkillsGapCapability(SkillsGapAdvisor skillsGap, QuestionCapability questions, SuggestionGenerator suggestions) {
        this.skillsGap = skillsGap;
        this.questions = questions;
        this.suggestions = suggestions;
    }

    /** Each role's best statement relevance in the search, scaled between the least and the most like role. */
    private static java.util.Map<String, Double> likeness(Evidence evidence) {
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        evidence.statements().forEach(found -> best.merge(found.statement().roleId(), found.relevance(), Math::max));
        // From 0 for the least like to 1 for the most like, so the difference between roles is what counts.
        double top = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double bottom = best.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        best.replaceAll((role, relevance) -> top > bottom ? (relevance - bottom) / (top - bottom) : 0);
        return best;
    }

    @Override
    public Intent intent() {
        return Intent.SKILLS_GAP;
    }

    @Override
    public Reply answer(Request request) {
        QuestionAnalysis analysis = request.analysis();
        List<RoleDocument> all = request.evidence().index().knowledge().roles();
        List<String> messages = request.messages();
        List<RoleDocument> candidates = analysis.roles().isEmpty() ? all : analysis.roles();
        ComposedAnswer composed = skillsGap.compose(messages, candidates, request.sections(), likeness(request.evidence()));
        if (composed.sources().isEmpty() && !analysis.roles().isEmpty()) {
            // "student here - what should I study to become an ML data architect?" describes no background to match:
            // it asks what the role's document says.
            Reply answered = questions.answer(request.asked(), analysis, request.evidence());
            if (!answered.outside()) {
                return answered.as(Intent.QUESTION);
            }
        }
        if (composed.sources().isEmpty()) {
            return new Reply(composed.markdown(), false, List.of(), suggestions.starters(all), List.of(), Intent.SKILLS_GAP);
        }
        List<RoleDocument> fitted = candidates.stream()
                .filter(role -> composed.sources().stream().anyMatch(source -> source.role().equals(role.title()))).toList();
        return Reply.grounded(composed, fitted);
    }
}
