package org.careeradvisor.advisor;

import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.RetrievedChunk;

import java.util.List;

/**
 * Decides whether the retrieved sections really answer a question, so that off-topic questions get an honest
 * "not in my documents" instead of the nearest unrelated section.
 */
public class GroundingPolicy {

    private final RetrievalProperties properties;

    public GroundingPolicy(RetrievalProperties properties) {
        this.properties = properties;
    }

    /**
     * Grounded when the best section is semantically close enough, and the question either shares
     * meaningful words with the documents or is about a role the documents cover.
     */
    public boolean isGrounded(QuestionAnalysis analysis, List<RetrievedChunk> retrieved) {
        double relevance = retrieved.stream().mapToDouble(RetrievedChunk::relevance).max().orElse(0);
        double lexical = retrieved.stream().mapToDouble(RetrievedChunk::lexical).max().orElse(0);
        boolean aboutKnownRole = !analysis.roles().isEmpty();
        boolean lexicalSupport = lexical >= properties.minLexicalScore();
        // A specific career topic ("what does it pay") counts as support; generic wording ("what is") does not.
        boolean careerTopic = analysis.topic() != null && !analysis.topic().fallback();
        return relevance >= properties.minRelevance() && (lexicalSupport || aboutKnownRole || careerTopic);
    }
}
