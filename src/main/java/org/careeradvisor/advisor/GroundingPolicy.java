package org.careeradvisor.advisor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.RetrievedChunk;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.TermAnalyzer;

/**
 * Decides whether the retrieved sections really answer a question, so that off-topic questions get an honest
 * "not in my documents" instead of the nearest unrelated section.
 */
public class GroundingPolicy {

    private final RetrievalProperties properties;
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Set<String> genericTerms = new HashSet<>();
    /** The words that ask for a part of pay ("spread", "so huge", "top end"): a pay question's own, no subject. */
    private final Set<String> payTerms = new HashSet<>();

    public GroundingPolicy(RetrievalProperties properties, Vocabulary vocabulary) {
        this.properties = properties;
        // Words of asking and generic career words ("earn", "skills") say nothing about *what* is asked.
        genericTerms.addAll(analyzer.terms(String.join(" ", vocabulary.questionWords())));
        vocabulary.topics().forEach(topic -> genericTerms.addAll(analyzer.terms(String.join(" ", topic.cues()))));
        vocabulary.payAspects().forEach(aspect -> payTerms.addAll(analyzer.terms(String.join(" ", aspect.cues()))));
    }

    /**
     * Grounded when the best section is semantically close enough and the question is about something the
     * documents know: a role they cover, or words that mostly occur in them ("how much do football players
     * earn?" shares only the generic "earn" and is refused).
     */
    public boolean isGrounded(QuestionAnalysis analysis, List<RetrievedChunk> retrieved, SearchIndex index) {
        double relevance =
                retrieved.stream().mapToDouble(RetrievedChunk::relevance).max().orElse(0);
        if (relevance < properties.minRelevance()) {
            return false;
        }
        if (!analysis.roles().isEmpty()) {
            return true;
        }
        Set<String> content = new HashSet<>(analyzer.terms(analysis.retrievalQuery()));
        content.removeAll(genericTerms);
        if (content.isEmpty()) {
            // Nothing but career words ("which role needs a PhD?"): fine when they name a career topic.
            return analysis.topic() != null && !analysis.topic().fallback();
        }
        // "why's the spread so huge?": a pay question's words for a part of pay count as known.
        boolean pay = analysis.intent() == Intent.SALARY;
        long known = content.stream()
                .filter(term -> index.knows(term) || pay && payTerms.contains(term))
                .count();
        return (double) known / content.size() >= properties.minTermCoverage();
    }
}
