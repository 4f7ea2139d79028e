package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.knowledge.RoleDocument;

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
        scale(best);
        return best;
    }

    /** How far ahead of the others (from 0 for the least like to 1 for the most like) the wished role must be. */
    private static final double WISH_MARGIN = 0.15;

    /**
     * How like each role's one-line summary the person's wish reads ("do pure research" and "advances AI through
     * rigorous
     * research"), scaled from 0 for the least like to 1 for the most like; summaries are embedded once and cached.
     */
    private static java.util.Map<String, Double> wished(
            String wish, List<RoleDocument> roles, org.careeradvisor.retrieval.SearchIndex index) {
        if (roles.size() < 2) {
            return java.util.Map.of();
        }
        dev.langchain4j.data.embedding.Embedding asked = index.queryEmbedding(wish);
        java.util.Map<String, Double> similarity = new java.util.HashMap<>();
        for (RoleDocument role : roles) {
            String profile = role.title() + ": " + (role.summary() == null ? "" : role.summary());
            similarity.put(
                    role.id(),
                    dev.langchain4j.store.embedding.CosineSimilarity.between(asked, index.queryEmbedding(profile)));
        }
        scale(similarity);
        // Only a role clearly more like the wish than every other one answers it: "move up" reads like them all.
        long near = similarity.values().stream()
                .filter(value -> value > 1 - WISH_MARGIN)
                .count();
        return near == 1 ? similarity : java.util.Map.of();
    }

    /**
     * From 0 for the least like role to 1 for the most like, in place, so the difference between roles is what counts.
     */
    private static void scale(java.util.Map<String, Double> byRole) {
        double top =
                byRole.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double bottom =
                byRole.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        byRole.replaceAll((role, value) -> top > bottom ? (value - bottom) / (top - bottom) : 0);
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
        // "6 yrs as a research scientist ... which role fits?" names the person's job, not the roles to choose from.
        boolean rankAll =
                analysis.roles().isEmpty() || SkillsGapAdvisor.asksWhichRole(messages.get(messages.size() - 1));
        List<RoleDocument> candidates = rankAll ? all : analysis.roles();
        // "I want to do pure research": the roles whose statements read most like the wish, searched once.
        // The first wish that one role reads clearly more like than every other, searched against the roles' summaries.
        String wish = null;
        java.util.Map<String, Double> wished = java.util.Map.of();
        for (String candidate : SkillsGapAdvisor.aspirations(messages.get(messages.size() - 1))) {
            wished = wished(candidate, candidates, request.evidence().index());
            if (!wished.isEmpty()) {
                wish = candidate;
                break;
            }
        }
        ComposedAnswer composed =
                skillsGap.compose(messages, candidates, request.sections(), likeness(request.evidence()), wished, wish);
        if (composed.sources().isEmpty() && !analysis.roles().isEmpty()) {
            // "student here - what should I study to become an ML data architect?" describes no background to match:
            // it asks what the role's document says.
            Reply answered = questions.answer(request.asked(), analysis, request.evidence());
            if (!answered.outside()) {
                return answered.as(Intent.QUESTION);
            }
        }
        if (composed.sources().isEmpty()) {
            return new Reply(
                    composed.markdown(), false, List.of(), suggestions.starters(all), List.of(), Intent.SKILLS_GAP);
        }
        List<RoleDocument> fitted = candidates.stream()
                .filter(role -> composed.sources().stream()
                        .anyMatch(source -> source.role().equals(role.title())))
                .toList();
        return Reply.grounded(composed, fitted);
    }
}
