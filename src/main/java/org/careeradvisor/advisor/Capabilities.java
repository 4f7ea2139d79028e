package org.careeradvisor.advisor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * The capabilities by the {@link Intent} each answers, checked at start-up: one capability per intent the documents
 * answer. They are registered in {@link AdvisorConfiguration#capabilities}; adding one means a class, its entry there
 * and its example messages in {@code advisor/intents.yml}.
 */
public class Capabilities {

    private final Map<Intent, Capability> byIntent = new EnumMap<>(Intent.class);
    private final JobPostingDrafter posting;

    Capabilities(List<Capability> capabilities, JobPostingDrafter posting) {
        this.posting = posting;
        register(capabilities);
    }

    private void register(List<Capability> capabilities) {
        for (Capability capability : capabilities) {
            if (byIntent.put(capability.intent(), capability) != null) {
                throw new IllegalStateException("Two capabilities answer " + capability.intent());
            }
        }
        IntentExamples.CLASSIFIED.stream()
                .filter(Intent::isCapability)
                .filter(intent -> !byIntent.containsKey(intent))
                .findFirst()
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
