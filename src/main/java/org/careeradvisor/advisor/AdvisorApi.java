package org.careeradvisor.advisor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.careeradvisor.conversation.ConversationIds;
import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.conversation.StoredMessage;
import org.careeradvisor.feedback.FeedbackService;
import org.careeradvisor.feedback.Rating;
import org.careeradvisor.retrieval.IndexNotReadyException;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.springframework.modulith.NamedInterface;

/**
 * Everything a channel (the web API, Telegram) asks of the service, in one place: answers, roles, job postings, a
 * conversation's history and erasure, ratings, and the administrator's view of the knowledge and the insights.
 * Channels use this and the advisor's own types only; what stands behind it (retrieval, conversations, feedback,
 * admin) stays out of their sight. The types its methods take and return belong to the same named interface.
 */
@NamedInterface(name = "api", propagate = true)
public class AdvisorApi {

    private final Advisor advisor;
    private final SearchIndexHolder indexes;
    private final ConversationMemory conversations;
    private final FeedbackService feedback;
    private final Administration administration;

    AdvisorApi(
            Advisor advisor,
            SearchIndexHolder indexes,
            ConversationMemory conversations,
            FeedbackService feedback,
            Administration administration) {
        this.advisor = advisor;
        this.indexes = indexes;
        this.conversations = conversations;
        this.feedback = feedback;
        this.administration = administration;
    }

    /** @throws AdvisorNotReadyException before the role documents are indexed */
    public Answer ask(AdvisorRequest request) {
        return whenReady(() -> advisor.ask(request));
    }

    /** Answers with the answer's pieces streamed as they are composed. */
    public Answer ask(AdvisorRequest request, AnswerStream stream) {
        return whenReady(() -> advisor.ask(request, stream));
    }

    /** Whether answers can be composed yet (the role documents are indexed). */
    public boolean ready() {
        return indexes.find().isPresent();
    }

    /** @throws AdvisorNotReadyException before the role documents are indexed, so a channel can refuse up front */
    public void requireReady() {
        whenReady(indexes::current);
    }

    /** @throws AdvisorNotReadyException before the role documents are indexed */
    public List<RoleView> roles() {
        return whenReady(() ->
                indexes.current().knowledge().roles().stream().map(RoleView::of).toList());
    }

    /** @throws AdvisorNotReadyException before the role documents are indexed */
    public Optional<RoleView> role(String id) {
        return whenReady(() -> indexes.current().knowledge().role(id).map(RoleView::of));
    }

    /** A job-posting draft composed only from the role's document; empty for an unknown role. */
    public Optional<JobPosting> posting(String roleId) {
        return whenReady(() -> advisor.posting(roleId));
    }

    /**
     * Whether the id has the form of one this server issues; a client's id of any other form names no conversation
     * (see {@link AdvisorRequest#fromClient}).
     */
    public boolean issuedForm(String conversationId) {
        return ConversationIds.issuedForm(conversationId);
    }

    /** This channel's conversation, every stored message in order; empty for an unknown one or another channel's. */
    public Optional<List<StoredMessage>> history(String conversationId, String channel) {
        if (!conversations.exists(conversationId, channel)) {
            return Optional.empty();
        }
        return Optional.of(conversations.messages(conversationId, channel));
    }

    /** Erases this channel's conversation, its messages and their feedback; false when there was none on it. */
    public boolean forget(String conversationId, String channel) {
        return conversations.forget(conversationId, channel);
    }

    /**
     * Records a rating of an answer the advisor gave in this channel's conversation, a later one replacing it.
     *
     * @return false when that conversation holds no answer with that id (nothing is recorded)
     */
    public boolean rate(String conversationId, String messageId, Verdict verdict, String comment, String channel) {
        try {
            Rating rating = verdict == Verdict.UP ? Rating.UP : Rating.DOWN;
            feedback.record(conversationId, messageId, rating, comment, channel);
            return true;
        } catch (FeedbackService.UnknownMessageException e) {
            return false;
        }
    }

    /** Whether the admin API is on (a token is configured). */
    public boolean adminEnabled() {
        return administration.enabled();
    }

    /** Whether the request's Authorization header (possibly null) carries the admin token. */
    public boolean admits(String authorization) {
        return administration.allows(authorization);
    }

    /** What HR learns from the conversations of the last {@code days} days. */
    public Insights insights(int days) {
        return administration.insights(days, Instant.now());
    }

    /** What is indexed now, which files are not served and why, and the indexing job running or last finished. */
    public KnowledgeStatus knowledge() {
        return KnowledgeStatus.of(indexes.find().map(SearchIndex::knowledge), indexes.job());
    }

    /** Starts a reload of the changed files, or reports the one already running; the index in service keeps serving. */
    public KnowledgeStatus.Job reindex() {
        return KnowledgeStatus.Job.of(indexes.reindex());
    }

    /** The indexing job running, else the one waiting, else the last one finished. */
    public Optional<KnowledgeStatus.Job> indexingJob() {
        return indexes.job().map(KnowledgeStatus.Job::of);
    }

    private static <T> T whenReady(Supplier<T> work) {
        try {
            return work.get();
        } catch (IndexNotReadyException e) {
            throw new AdvisorNotReadyException(e.getMessage(), e);
        }
    }
}
