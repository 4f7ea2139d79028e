package org.careeradvisor.advisor;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.SearchIndex;
import org.careeradvisor.retrieval.TermAnalyzer;

/**
 * The role a person's wish describes without naming it: "want to move up into managing a research team", "do pure
 * research", read against each role's one-line summary ("Leads AI research teams ...") and the aspirations its
 * document lists ("lead and mentor a team of AI research scientists and engineers").
 */
final class WishedRole {

    /** How far ahead of the others (from 0 for the least like to 1 for the most like) the wished role must be. */
    private static final double WISH_MARGIN = 0.15;
    /** Stems a wish and the role profiles the way the index does. */
    private static final TermAnalyzer TERMS = new TermAnalyzer();

    private WishedRole() {}

    /**
     * How like each role's summary or closest aspiration the wish reads, scaled from 0 for the least like to 1 for the
     * most like; empty unless one role reads clearly more like it than every other ("move up" reads like them all), or
     * two read alike and only one of them shares the wish's rarer words. Summaries and aspirations are embedded by the
     * index, which caches them.
     */
    static Map<String, Double> likeness(String wish, List<RoleDocument> roles, SearchIndex index) {
        if (roles.size() < 2 || SkillsGapAdvisor.describesNoRole(wish)) {
            return Map.of();
        }
        // "theory more than building products": the kind of work, in words an embedding reads one way.
        Embedding asked = index.queryEmbedding(SkillsGapAdvisor.kindOfWork(wish).orElse(wish));
        Map<String, Double> similarity = new HashMap<>();
        for (RoleDocument role : roles) {
            // The summary, or the closest of the things the document says someone who wants the role would do.
            List<String> profiles = new java.util.ArrayList<>();
            profiles.add(role.title() + ": " + (role.summary() == null ? "" : role.summary()));
            profiles.addAll(role.aspirations());
            similarity.put(
                    role.id(),
                    profiles.stream()
                            .mapToDouble(profile -> CosineSimilarity.between(asked, index.queryEmbedding(profile)))
                            .max()
                            .orElse(0));
        }
        scale(similarity);
        List<String> near = similarity.entrySet().stream()
                .filter(entry -> entry.getValue() > 1 - WISH_MARGIN)
                .map(Map.Entry::getKey)
                .toList();
        if (near.size() == 1) {
            return similarity;
        }
        if (near.size() > 2) {
            return Map.of();
        }
        // "take AI research and put it into production": both research roles read alike to the embedding; the word
        // only one role's profile uses ("production") decides between them.
        return rarerWords(wish, roles, near)
                .map(winner -> {
                    near.forEach(role -> similarity.put(role, Math.min(similarity.get(role), 1 - WISH_MARGIN)));
                    similarity.put(winner, 1.0);
                    return similarity;
                })
                .orElse(Map.of());
    }

    /**
     * The one role among the near ones whose profile (title, summary and aspirations) shares the most of the wish's
     * words, each word weighted by how few roles' profiles use it (a word every profile has weighs nothing).
     */
    private static Optional<String> rarerWords(String wish, List<RoleDocument> roles, List<String> near) {
        Map<String, Set<String>> profileTerms = new HashMap<>();
        for (RoleDocument role : roles) {
            Set<String> terms =
                    new HashSet<>(TERMS.terms(role.title() + " " + (role.summary() == null ? "" : role.summary())));
            role.aspirations().forEach(aspiration -> terms.addAll(TERMS.terms(aspiration)));
            profileTerms.put(role.id(), terms);
        }
        Map<String, Double> weight = new HashMap<>();
        for (String term : TERMS.terms(wish)) {
            long using = profileTerms.values().stream()
                    .filter(terms -> terms.contains(term))
                    .count();
            if (using > 0) {
                weight.put(term, Math.log((double) roles.size() / using));
            }
        }
        Map<String, Double> shared = new HashMap<>();
        near.forEach(role -> shared.put(
                role,
                weight.entrySet().stream()
                        .filter(entry -> profileTerms.get(role).contains(entry.getKey()))
                        .mapToDouble(Map.Entry::getValue)
                        .sum()));
        double best =
                shared.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> top =
                near.stream().filter(role -> shared.get(role) == best).toList();
        return best > 0 && top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
    }

    /** A wish of the message and how like each role it reads, when one role reads clearly most like it. */
    record Wish(String said, Map<String, Double> likeness, boolean done) {

        /** The role the wish reads clearly most like. */
        Optional<RoleDocument> role(List<RoleDocument> roles) {
            return roles.stream().filter(role -> likeness.get(role.id()) >= 1.0).findFirst();
        }
    }

    /** The first wish of the message that one of the roles reads clearly most like. */
    static Optional<Wish> first(String message, List<RoleDocument> roles, SearchIndex index) {
        for (String wish : SkillsGapAdvisor.aspirations(message)) {
            Map<String, Double> like = likeness(wish, roles, index);
            if (!like.isEmpty()) {
                return Optional.of(new Wish(wish, like, false));
            }
        }
        return Optional.empty();
    }

    /**
     * The first wish, or else the work the person says they do now ("I run a 40-person test org", "I lead 6 PhD
     * researchers and set the research agenda"), when one role reads clearly most like it.
     */
    static Optional<Wish> firstOrWorkDone(String message, List<RoleDocument> roles, SearchIndex index) {
        return first(message, roles, index)
                .or(() -> SkillsGapAdvisor.workDone(message).flatMap(work -> {
                    Map<String, Double> like = likeness(work, roles, index);
                    return like.isEmpty() ? Optional.empty() : Optional.of(new Wish(work, like, true));
                }));
    }

    /** The role the first wish of the message that one role reads clearly most like describes. */
    static Optional<RoleDocument> of(String message, List<RoleDocument> roles, SearchIndex index) {
        return first(message, roles, index).flatMap(wish -> wish.role(roles));
    }

    /** From 0 for the least like to 1 for the most like, in place, so the difference between roles is what counts. */
    static void scale(Map<String, Double> byRole) {
        double top =
                byRole.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double bottom =
                byRole.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        byRole.replaceAll((role, value) -> top > bottom ? (value - bottom) / (top - bottom) : 0);
    }
}
