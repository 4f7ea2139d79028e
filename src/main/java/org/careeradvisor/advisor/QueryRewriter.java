package org.careeradvisor.advisor;

import java.util.List;
import java.util.Optional;
import org.careeradvisor.conversation.Turn;

/**
 * Rewrites a follow-up ("and what does it pay?") into a standalone question before retrieval; empty keeps the
 * rule-based one.
 */
public interface QueryRewriter {

    Optional<String> rewrite(String question, List<Turn> history);
}
