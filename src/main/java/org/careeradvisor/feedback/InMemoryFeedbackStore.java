package org.careeradvisor.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Feedback in the JVM, bounded (oldest dropped first) and lost on restart. */
public class InMemoryFeedbackStore implements FeedbackStore {

    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Feedback> byMessage = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Feedback> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Override
    public synchronized void save(Feedback feedback) {
        byMessage.remove(feedback.messageId());
        byMessage.put(feedback.messageId(), feedback);
    }

    @Override
    public synchronized Optional<Feedback> find(String messageId) {
        return Optional.ofNullable(byMessage.get(messageId));
    }

    @Override
    public synchronized List<Feedback> all() {
        return new ArrayList<>(byMessage.values());
    }
}
