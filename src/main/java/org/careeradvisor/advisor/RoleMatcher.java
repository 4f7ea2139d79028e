package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * Finds the roles a question names, by title or alias, tolerating small typos ("machin lerning architek"),
 * plurals and a role's distinctive word on its own ("the scientist"). The words of every name are indexed
 * ({@link RoleNameIndex}), so a message is matched in full only against the roles it could name, not every role.
 */
public class RoleMatcher {

    private static final int MIN_LETTERS_LEFT = 3;
    private static final int MIN_SHORT_FORM = 3;
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "his", "her", "their");
    private static final Set<String> STOPWORDS =
            Set.of("the", "a", "an", "for", "this", "that", "these", "those", "of");
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[.!?;:,()]+\\s+");
    /** Two capitalised words in a document's text, as it names a job: "Machine Learning Engineers". */
    private static final java.util.regex.Pattern TITLED_PAIR =
            java.util.regex.Pattern.compile("(?=\\b(\\p{Lu}[\\p{L}]+) (\\p{Lu}[\\p{L}]+)\\b)");

    private final List<RoleDocument> roles;
    private final Vocabulary vocabulary;
    private final Map<String, String> distinctiveTokens = new HashMap<>();
    private final Set<String> knownNameTokens;
    private final Map<String, Set<String>> tokensByRole = new HashMap<>();
    /**
     * Jobs the documents name that are no role's name, as two words ("learning engineer" of "Machine Learning
     * Engineers" in the ML data architect's job market): "machine learning engineers" names that job, not the ML
     * research engineer whose name shares both words; the job is read as the document that names it.
     */
    private final Map<String, RoleDocument> otherJobs = new HashMap<>();
    /** Each role's distinctive words, in the order they were found. */
    private final Map<String, List<String>> distinctiveByRole = new HashMap<>();
    /** Each role's names as words, worked out once. */
    private final List<List<List<String>>> nameTokens = new ArrayList<>();

    private final RoleNameIndex names;
    private final RoleAcronyms acronyms;

    public RoleMatcher(List<RoleDocument> roles, Vocabulary vocabulary) {
        this.roles = roles;
        this.vocabulary = vocabulary;
        Map<String, Set<String>> rolesByToken = new HashMap<>();
        for (RoleDocument role : roles) {
            for (String name : role.names()) {
                for (String token : tokens(name)) {
                    rolesByToken
                            .computeIfAbsent(token, key -> new java.util.HashSet<>())
                            .add(role.id());
                    tokensByRole
                            .computeIfAbsent(role.id(), key -> new java.util.HashSet<>())
                            .add(token);
                }
            }
        }
        rolesByToken.forEach((token, ids) -> {
            boolean longEnough = token.length() > 2 || vocabulary.roleNouns().contains(token);
            if (ids.size() == 1 && !vocabulary.genericNameTokens().contains(token) && longEnough) {
                distinctiveTokens.put(token, ids.iterator().next());
            }
        });
        knownNameTokens = Set.copyOf(rolesByToken.keySet());
        distinctiveTokens.forEach((token, roleId) -> distinctiveByRole
                .computeIfAbsent(roleId, id -> new ArrayList<>())
                .add(token));
        Map<String, Integer> positions = new HashMap<>();
        for (RoleDocument role : roles) {
            positions.putIfAbsent(role.id(), nameTokens.size());
            nameTokens.add(role.names().stream().map(RoleMatcher::tokens).toList());
        }
        Map<String, Integer> distinctiveRoles = new HashMap<>();
        distinctiveTokens.forEach((token, roleId) -> distinctiveRoles.put(token, positions.get(roleId)));
        names = new RoleNameIndex(nameTokens, distinctiveRoles);
        acronyms = new RoleAcronyms(roles);
        findOtherJobs();
    }

    /** The jobs the documents name in two capitalised words that are no role's name (see {@link #otherJobs}). */
    private void findOtherJobs() {
        Set<String> namePairs = new java.util.HashSet<>();
        nameTokens.forEach(roleNames -> roleNames.forEach(words -> {
            for (int i = 1; i < words.size(); i++) {
                namePairs.add(words.get(i - 1) + " " + words.get(i));
            }
        }));
        for (RoleDocument role : roles) {
            for (var section : role.sections()) {
                java.util.regex.Matcher pair = TITLED_PAIR.matcher(section.body());
                while (pair.find()) {
                    List<String> words = tokens(pair.group(1) + " " + pair.group(2));
                    // "The VP" at a sentence's start is no job's name.
                    if (words.size() == 2
                            && !vocabulary.roleLeadIns().contains(words.get(0))
                            && !STOPWORDS.contains(words.get(0))
                            && distinctiveTokens.containsKey(words.get(1))
                            && !namePairs.contains(String.join(" ", words))) {
                        otherJobs.putIfAbsent(String.join(" ", words), role);
                        if (words.get(0).equals("learning")
                                && section.body().substring(0, pair.start()).endsWith("Machine ")) {
                            // "ml engineers" is how people type "Machine Learning Engineers".
                            otherJobs.putIfAbsent("ml " + words.get(1), role);
                        }
                    }
                }
            }
        }
    }

    /** The roles named in the text, in the order they appear. */
    public List<RoleMention> find(String text) {
        List<String> words = tokens(text);
        List<RoleMention> mentions = new ArrayList<>();
        // Only the roles with a name word some word of the text could stand for, found in the index of name words.
        java.util.BitSet candidates = names.candidates(words);
        Set<Integer> clauseStarts = candidates.isEmpty() ? Set.of() : clauseStarts(text);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            bestMention(roles.get(i), nameTokens.get(i), words, clauseStarts).ifPresent(mentions::add);
        }
        for (int i = 0; i < words.size(); i++) {
            // "MLDA base salary?", "swe -> RS": a role by its initials.
            int at = i;
            acronyms.of(words.get(i), text).ifPresent(role -> mentions.add(new RoleMention(role, at, 1, 0)));
        }
        // Only when no role is named: "I'm a machine learning engineer, how do I become a research engineer?" names
        // one role, the research engineer.
        for (int i = 1; i < words.size() && mentions.isEmpty() && !otherJobs.isEmpty(); i++) {
            RoleDocument naming = otherJobs.get(words.get(i - 1) + " " + words.get(i));
            if (naming != null) {
                mentions.add(new RoleMention(naming, i - 1, 2, 0));
            }
        }
        mentions.sort(Comparator.comparingInt(RoleMention::position));
        return removeOverlaps(mentions);
    }

    /** Every role's initials ("mlda", "airm"), which the speller must leave as they are. */
    public java.util.Set<String> acronyms() {
        return acronyms.all();
    }

    /** Whether the text names a job the documents name that is no role's ("ml engineers", see {@link #otherJobs}). */
    public boolean namesOtherJob(String text) {
        List<String> words = tokens(text);
        for (int i = 1; i < words.size(); i++) {
            if (otherJobs.containsKey(words.get(i - 1) + " " + words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text without the roles it names, as the search reads a question within its role: what is asked, not which
     * role it is asked of. A text that is little more than a role name ("ML architect?") stays as it is.
     */
    public String withoutRoles(String text) {
        String stripped = String.join(" ", wordsBeside(text, find(text)));
        return stripped.replaceAll("[^\\p{L}\\p{N}]", "").length() < MIN_LETTERS_LEFT ? text : stripped;
    }

    /** The text's words outside the role names found in it (the mentions {@link #find} gave for this text). */
    static List<String> wordsBeside(String text, List<RoleMention> mentions) {
        List<String> words = new ArrayList<>(tokens(text));
        for (int i = mentions.size() - 1; i >= 0; i--) {
            RoleMention mention = mentions.get(i);
            words.subList(mention.position(), mention.position() + mention.length())
                    .clear();
        }
        return words;
    }

    /** A job title in the text that matches none of the known roles, e.g. "pastry chef". */
    public Optional<String> unknownRole(String text) {
        List<String> words = tokens(text);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!vocabulary.roleNouns().contains(word)) {
                continue;
            }
            boolean qualifiedByUnknownWord = i > 0
                    && !vocabulary.roleLeadIns().contains(words.get(i - 1))
                    && !knownNameTokens.contains(words.get(i - 1));
            boolean knownAlone = distinctiveTokens.containsKey(word);
            if (qualifiedByUnknownWord || !knownAlone) {
                return Optional.of(i > 0 && qualifiedByUnknownWord ? words.get(i - 1) + " " + word : word);
            }
        }
        return Optional.empty();
    }

    private Optional<RoleMention> bestMention(
            RoleDocument role, List<List<String>> names, List<String> words, Set<Integer> clauseStarts) {
        RoleMention best = null;
        for (List<String> nameTokens : names) {
            for (int start = 0; start + nameTokens.size() <= words.size(); start++) {
                int edits = windowEdits(nameTokens, words, start);
                if (edits >= 0) {
                    RoleMention mention = new RoleMention(role, start, nameTokens.size(), edits);
                    if (best == null || mention.strength() > best.strength()) {
                        best = mention;
                    }
                }
            }
        }
        if (best == null) {
            best = distinctiveMention(role, words, clauseStarts);
        }
        return Optional.ofNullable(best);
    }

    private RoleMention distinctiveMention(RoleDocument role, List<String> words, Set<Integer> clauseStarts) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            for (String token : distinctiveByRole.getOrDefault(role.id(), List.of())) {
                String before = i > 0 ? words.get(i - 1) : "";
                // "I want to manage AI research" wishes for the role; "manages 40 people" tells a job.
                if (!similar(token, word) || verbOf(token, word) && !before.equals("to")) {
                    continue;
                }
                // "research scientist" or "the scientist" names the role; "data scientist" is another job, and "my
                // manager" a person.
                if (POSSESSIVES.contains(before)) {
                    continue;
                }
                boolean nameWordBefore =
                        tokensByRole.getOrDefault(role.id(), Set.of()).contains(before)
                                && !otherJobs.containsKey(before + " " + token);
                if (before.isEmpty()
                        || clauseStarts.contains(i)
                        || vocabulary.roleLeadIns().contains(before)
                        || nameWordBefore) {
                    return new RoleMention(role, i, 1, token.equals(word) ? 0 : 1);
                }
            }
        }
        return null;
    }

    private static int windowEdits(List<String> nameTokens, List<String> words, int start) {
        int total = 0;
        for (int i = 0; i < nameTokens.size(); i++) {
            String word = words.get(start + i);
            boolean shortened = nameTokens.size() > 1 && shortFor(nameTokens.get(i), word);
            int distance =
                    derived(nameTokens.get(i), word) || shortened ? 1 : EditDistance.between(nameTokens.get(i), word);
            if (distance > EditDistance.allowed(nameTokens.get(i))) {
                return -1;
            }
            total += distance;
        }
        return total;
    }

    /**
     * A distinctive word on its own, typos forgiven; its field ("engineering", "architecture") names a role only in a
     * name.
     */
    private static boolean similar(String expected, String actual) {
        return EditDistance.between(expected, actual) <= EditDistance.allowed(expected);
    }

    /**
     * "manage", "manages" or "managed" beside "manager": the verb of a job's name is no typo for it ("director of
     * test automation, manages 40 people" names no manager role), unless wished for ("to manage").
     */
    private static boolean verbOf(String nameToken, String word) {
        if (!nameToken.endsWith("er") || word.length() < MIN_LETTERS_LEFT + 2) {
            return false;
        }
        String stem = nameToken.substring(0, nameToken.length() - 2);
        return word.equals(stem + "e")
                || word.equals(stem + "ed")
                || word.equals(stem + "es")
                || word.equals(stem + "ing");
    }

    /** "eng" for "engineer" or "engineering", "arch" for "architect": a short form within a longer name. */
    private static boolean shortFor(String nameToken, String word) {
        return word.length() >= MIN_SHORT_FORM && nameToken.length() > word.length() + 1 && nameToken.startsWith(word);
    }

    /** "management" for "manager", "architecture" for "architect": the field a role's word names. */
    private static boolean derived(String nameToken, String word) {
        return nameToken.length() >= 6
                && word.length() > nameToken.length()
                && word.length() - nameToken.length() <= 4
                && word.startsWith(nameToken.substring(0, nameToken.length() - 1));
    }

    private static List<RoleMention> removeOverlaps(List<RoleMention> mentions) {
        List<RoleMention> kept = new ArrayList<>();
        for (RoleMention mention : mentions) {
            boolean overlaps = kept.stream().anyMatch(other -> other.overlaps(mention));
            if (!overlaps) {
                kept.add(mention);
            } else {
                kept.stream()
                        .filter(other -> other.overlaps(mention) && mention.strength() > other.strength())
                        .findFirst()
                        .ifPresent(weaker -> kept.set(kept.indexOf(weaker), mention));
            }
        }
        return kept;
    }

    /**
     * The positions of the words that open a clause ("I'm torn. Scientist or engineer?"): nothing before them qualifies
     * them.
     */
    private static Set<Integer> clauseStarts(String text) {
        Set<Integer> starts = new java.util.HashSet<>();
        int position = 0;
        for (String clause : CLAUSE_BREAK.split(text)) {
            starts.add(position);
            position += tokens(clause).size();
        }
        return starts;
    }

    /** Words of a name or question, singular, without the punctuation in "AI/ML" or "R&D". */
    static List<String> tokens(String text) {
        return Text.words(text.replace('/', ' ').replace('&', ' ').replace('-', ' ')).stream()
                .map(word -> word.replace("'s", "").replace(".", ""))
                // "leads engineers" is a verb and its object, not "lead engineer".
                .map(word -> word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.equals("leads")
                        ? word.substring(0, word.length() - 1)
                        : word)
                .filter(word -> !word.isBlank())
                .toList();
    }

    /** Where and how well a role is named: longer names beat shorter ones, exact spelling beats typos. */
    public record RoleMention(RoleDocument role, int position, int length, int edits) {

        double strength() {
            return length * 2.0 - edits * 0.5;
        }

        boolean overlaps(RoleMention other) {
            return position < other.position + other.length && other.position < position + length;
        }
    }
}
