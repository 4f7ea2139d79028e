package org.careeradvisor.advisor;

import org.careeradvisor.knowledge.RoleDocument;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place capabilities are registered: each answers one {@link Intent}. Adding one means a class, its entry
 * here and its example messages in {@code advisor/intents.yml}.
 */
public class Capabilities {

    private final Map<Intent, Capability> byIntent = new EnumMap<>(Intent.class);
    private final JobPostingDrafter posting;

    public Capabilities(Vocabulary vocabulary, SkillVocabulary skills, SuggestionGenerator suggestions, GroundingPolicy grounding,
                        AnswerComposer composer, QuestionWords words) {
        SalaryComposer salary = new SalaryComposer(vocabulary);
        this.posting = new JobPostingDrafter(vocabulary, salary);
        QuestionCapability questions = new QuestionCapability(grounding, composer, words, suggestions, vocabulary);
        register(List.of(
                questions,
                new OverviewCapability(new OverviewComposer(vocabulary, salary, suggestions)),
                new CompareCapability(new ComparisonComposer(vocabulary, salary)),
                new CareerPathCapability(new CareerPathComposer(vocabulary)),
                new JobPostingCapability(posting),
                new PayCapability(grounding, new PayComposer(vocabulary, salary), salary, questions, suggestions),
                new SkillsGapCapability(new SkillsGapAdvisor(vocabulary, skills), questions, suggestions)));
    }

    private void register(List<Capability> capabilities) {
        for (Capability capability : capabilities) {
            if (byIntent.put(capability.intent(), capability) != null) {
                throw new IllegalStateException("Two capabilities answer " + capability.intent());
            }
        }
        IntentExamples.CLASSIFIED.stream().filter(Intent::isCapability).filter(intent -> !byIntent.containsKey(intent)).findFirst()
                .ifPresent(intent -> {
                    throw new IllegalStateException("No capability answers " + intent);
                });
    }

    /** The capability for an intent the documents answer (not small talk or out of scope). */
    Capability of(Intent intent) {
        Capability capability = byIntent.get(intent);
        if (capability == null) {
            throw new IllegalArgumentException("No capability answers " + intent);
        }
        return capability;
    }

    /** A job-posting draft for one role, for the HR API. */
    JobPosting posting(RoleDocument role, RoleSections sections) {
        return posting.draft(role, sections);
    }
}
