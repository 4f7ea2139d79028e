package org.careeradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The words and patterns the default advisor understands, read from {@code advisor/vocabulary.yml}.
 */
public record Vocabulary(
        Set<String> roleNouns,
        Set<String> roleLeadIns,
        Set<String> genericNameTokens,
        Set<String> questionWords,
        List<String> followUpPronouns,
        List<String> followUpOpeners,
        int maxShortFollowUpWords,
        Set<String> followUpCarrying,
        Map<String, String> abbreviations,
        List<Pattern> greetings,
        List<Pattern> thanks,
        List<Pattern> farewells,
        List<Pattern> help,
        List<Pattern> injections,
        List<Pattern> personalData,
        List<Pattern> protectedTraits,
        List<Topic> topics,
        List<List<String>> synonyms,
        List<List<List<String>>> opposites,
        List<String> uncoveredSubjects,
        List<PayAspect> payAspects,
        Set<String> homeRegion,
        Set<String> places,
        Set<String> currencies,
        Set<String> domesticPlaces,
        Map<String, List<String>> factorWords,
        List<String> payReasons,
        Set<String> plainWords) {

    public static Vocabulary load() {
        try (InputStream input = new ClassPathResource("advisor/vocabulary.yml").getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            Map<String, Object> followUp = map(root.get("followUp"));
            Map<String, Object> smallTalk = map(root.get("smallTalk"));
            List<Topic> topics = list(root.get("topics")).stream()
                    .map(item -> {
                        Map<String, Object> topic = map(item);
                        String id = String.valueOf(topic.get("id"));
                        return new Topic(
                                TopicId.fromWireName(id)
                                        .orElseThrow(
                                                () -> new IllegalStateException("unknown topic id '" + id + "'; known: "
                                                        + java.util.Arrays.stream(TopicId.values())
                                                                .map(TopicId::wireName)
                                                                .toList())),
                                (String) topic.get("label"),
                                lower(topic.get("cues")),
                                lower(topic.get("sections")),
                                Boolean.TRUE.equals(topic.get("strict")),
                                Boolean.TRUE.equals(topic.get("fallback")),
                                (String) topic.get("question"));
                    })
                    .toList();
            return new Vocabulary(
                    Set.copyOf(lower(root.get("roleNouns"))),
                    Set.copyOf(lower(root.get("roleLeadIns"))),
                    Set.copyOf(lower(root.get("genericNameTokens"))),
                    Set.copyOf(lower(root.get("questionWords"))),
                    lower(followUp.get("pronouns")),
                    lower(followUp.get("openers")),
                    ((Number) followUp.get("maxShortWords")).intValue(),
                    Set.copyOf(lower(followUp.get("carrying"))),
                    abbreviations(map(root.get("abbreviations"))),
                    patterns(smallTalk.get("greeting")),
                    patterns(smallTalk.get("thanks")),
                    patterns(smallTalk.get("farewell")),
                    patterns(smallTalk.get("help")),
                    patterns(root.get("injection")),
                    patterns(root.get("personalData")),
                    patterns(root.get("protectedTraits")),
                    topics,
                    list(root.get("synonyms")).stream().map(Vocabulary::lower).toList(),
                    opposites(list(root.get("opposites"))),
                    lower(root.get("uncoveredSubjects")),
                    payAspects(map(root.get("pay"))),
                    Set.copyOf(lower(map(root.get("pay")).get("homeRegion"))),
                    Set.copyOf(lower(map(root.get("pay")).get("places"))),
                    Set.copyOf(lower(map(root.get("pay")).get("currencies"))),
                    Set.copyOf(lower(map(root.get("pay")).get("domesticPlaces"))),
                    factorWordsOf(map(map(root.get("pay")).get("factorWords"))),
                    lower(map(root.get("pay")).get("reasons")),
                    Set.copyOf(lower(root.get("plainWords"))));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read advisor/vocabulary.yml: " + e.getMessage(), e);
        }
    }

    /** Pairs of word groups of opposite meaning; anything but two groups per entry stops the start. */
    private static List<List<List<String>>> opposites(List<?> entries) {
        return entries.stream()
                .map(entry -> {
                    List<List<String>> pair =
                            list(entry).stream().map(Vocabulary::lower).toList();
                    if (pair.size() != 2) {
                        throw new IllegalStateException("opposites: each entry is two groups of words, got " + entry);
                    }
                    return pair;
                })
                .toList();
    }

    /** A factor's head word and the words that name it in a question ("location": city, remote, relocate). */
    private static Map<String, List<String>> factorWordsOf(Map<String, Object> entries) {
        Map<String, List<String>> words = new java.util.LinkedHashMap<>();
        entries.forEach((head, aliases) -> words.put(head.toLowerCase(java.util.Locale.ROOT), lower(aliases)));
        return Map.copyOf(words);
    }

    /** Every word this vocabulary names, so the speller takes none of them for a typo. */
    public List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.addAll(roleNouns);
        words.addAll(roleLeadIns);
        words.addAll(genericNameTokens);
        words.addAll(questionWords);
        words.addAll(followUpPronouns);
        words.addAll(followUpOpeners);
        topics.forEach(topic -> {
            words.addAll(topic.cues());
            words.add(topic.label());
        });
        synonyms.forEach(words::addAll);
        opposites.forEach(pair -> pair.forEach(words::addAll));
        words.addAll(uncoveredSubjects);
        words.addAll(followUpCarrying);
        words.addAll(abbreviations.values());
        payAspects.forEach(aspect -> words.addAll(aspect.cues()));
        words.addAll(homeRegion);
        places.forEach(place -> words.addAll(Text.words(place)));
        currencies.forEach(currency -> words.addAll(Text.words(currency)));
        words.addAll(plainWords);
        return words;
    }

    public Vocabulary {
        for (TopicId id : TopicId.values()) {
            if (topics.stream().noneMatch(topic -> topic.id() == id)) {
                throw new IllegalStateException("advisor/vocabulary.yml has no topic '" + id.wireName() + "'");
            }
        }
    }

    public Topic topic(TopicId id) {
        return topics.stream().filter(topic -> topic.id() == id).findFirst().orElseThrow();
    }

    /**
     * The topic the roles' documents answer in place of the one asked: requirements are read from the skill sections
     * of a document that has no requirements section ("what qualifications does an AI Research Engineer need?").
     */
    public Topic answering(Topic asked, List<org.careeradvisor.knowledge.RoleDocument> roles) {
        if (asked != null
                && asked.id() == TopicId.REQUIREMENTS
                && !roles.isEmpty()
                && roles.stream().noneMatch(asked::coveredBy)) {
            return topic(TopicId.SKILLS);
        }
        return asked;
    }

    /** The topic of a stored conversation turn, if its id is still known. */
    public java.util.Optional<Topic> topic(String storedId) {
        return TopicId.fromWireName(storedId).map(this::topic);
    }

    private static List<PayAspect> payAspects(Map<String, Object> pay) {
        return list(pay.get("aspects")).stream()
                .map(item -> {
                    Map<String, Object> aspect = map(item);
                    return new PayAspect(
                            (String) aspect.get("id"),
                            (String) aspect.get("label"),
                            lower(aspect.get("cues")),
                            lower(aspect.get("figures")),
                            Boolean.TRUE.equals(aspect.get("answersWithList")));
                })
                .toList();
    }

    private static Map<String, String> abbreviations(Map<String, Object> entries) {
        Map<String, String> lower = new java.util.HashMap<>();
        entries.forEach((shortForm, word) ->
                lower.put(shortForm.toLowerCase(Locale.ROOT), word.toString().toLowerCase(Locale.ROOT)));
        return Map.copyOf(lower);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<String> lower(Object value) {
        return list(value).stream()
                .map(item -> item.toString().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static List<Pattern> patterns(Object value) {
        return list(value).stream()
                .map(item -> Pattern.compile(item.toString(), Pattern.CASE_INSENSITIVE))
                .toList();
    }
}
