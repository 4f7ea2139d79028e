package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.knowledge.RoleDocument;

/** "I know Python and SQL, which role fits me?": the closest role, why, and what is still missing. */
final class SkillsGapCapability implements Capability {

    private final SkillsGapAdvisor skillsGap;
    private final CareerPathComposer careerPath;
    private final QuestionCapability questions;
    private final SuggestionGenerator suggestions;

    SkillsGapCapability(
            SkillsGapAdvisor skillsGap,
            CareerPathComposer careerPath,
            QuestionCapability questions,
            SuggestionGenerator suggestions) {
        this.skillsGap = skillsGap;
        this.careerPath = careerPath;
        this.questions = questions;
        this.suggestions = suggestions;
    }

    /** Each role's best statement relevance in the search, scaled between the least and the most like role. */
    private static java.util.Map<String, Double> likeness(Evidence evidence) {
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        evidence.statements().forEach(found -> best.merge(found.statement().roleId(), found.relevance(), Math::max));
        WishedRole.scale(best);
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
        // "6 yrs as a research scientist ... which role fits?" names the person's job, not the roles to choose from.
        // "I'm a senior research scientist ... what should I be aiming for?": the role held is where they start.
        String last = messages.get(messages.size() - 1);
        boolean rankAll = analysis.roles().isEmpty()
                || SkillsGapAdvisor.asksWhichRole(last)
                || HeldRole.allHeld(analysis.roles(), last);
        List<RoleDocument> candidates = rankAll ? all : analysis.roles();
        List<String> lastRoles = request.history().isEmpty()
                ? List.of()
                : request.history().get(request.history().size() - 1).roleIds();
        if (analysis.roles().isEmpty()
                && SkillsGapAdvisor.asksToQualify(messages.get(messages.size() - 1))
                && lastRoles.size() == 1) {
            // "what does an ai research manager need?" then "i have a phd and 3 yrs leading a group, do i qualify":
            // for the role just discussed.
            candidates = all.stream()
                    .filter(role -> role.id().equals(lastRoles.get(0)))
                    .toList();
        }
        // "I want to do pure research": the roles whose statements read most like the wish, searched once.
        // The first wish that one role reads clearly more like than every other, searched against the roles' summaries
        // and aspirations.
        java.util.Optional<WishedRole.Wish> first = WishedRole.firstOrWorkDone(
                messages.get(messages.size() - 1),
                candidates,
                request.evidence().index());
        String wish = first.map(WishedRole.Wish::said).orElse(null);
        boolean workDone = first.map(WishedRole.Wish::done).orElse(false);
        java.util.Map<String, Double> wished =
                first.map(WishedRole.Wish::likeness).orElse(java.util.Map.of());
        ComposedAnswer composed = skillsGap.compose(
                messages, candidates, request.sections(), likeness(request.evidence()), wished, wish, workDone);
        if (composed.sources().isEmpty()
                && analysis.roles().size() == 1
                && (analysis.topic() == null || analysis.topic().fallback())
                && SkillsGapAdvisor.targeted(analysis.roles().get(0), last)) {
            // "QA manager at a bank, aiming for VP of AI quality engineering. what should I build up?": no skill to
            // match, a role aimed at and no topic asked ("what should I study" asks for the education): the way there,
            // or what the role asks for when its document gives no way.
            return Reply.grounded(
                            careerPath.compose(analysis.roles().get(0), request.sections(), messages), analysis.roles())
                    .as(Intent.CAREER_PATH);
        }
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
