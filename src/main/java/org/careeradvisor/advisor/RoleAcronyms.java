package org.careeradvisor.advisor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * The initials people type for a role's name: "MLDA" for ML Data Architect, "AIRM" for AI Research Manager, "RS" for
 * Research Scientist. Worked out from every name a role's document gives, a word written in capitals ("ML", "AI",
 * "VP") counting whole; kept only when no other role's names give the same letters. Two letters are read as a role only
 * when typed in capitals ("is RE mainly a theory role?"), as "re" and "rs" are also plain words and short forms.
 */
final class RoleAcronyms {

    private static final int MIN_LOWER_CASE = 4;
    private static final int MIN_LETTERS = 2;
    private static final Pattern WORD = Pattern.compile("[\\s/&-]+");
    /** "Head of AI Research", "Vice President of AI and Quality Engineering": names people do not shorten to letters. */
    private static final Set<String> JOINING = Set.of("of", "and", "the", "for");

    private final Map<String, RoleDocument> byLetters;

    RoleAcronyms(List<RoleDocument> roles) {
        Map<String, RoleDocument> found = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (RoleDocument role : roles) {
            for (String name : role.names()) {
                letters(name).ifPresent(letters -> {
                    RoleDocument before = found.putIfAbsent(letters, role);
                    if (before != null && !before.equals(role)) {
                        shared.add(letters);
                    }
                });
            }
        }
        shared.forEach(found::remove);
        byLetters = Map.copyOf(found);
    }

    /** One role's initials, which say no more of a question than its name does. */
    static Set<String> of(RoleDocument role) {
        Set<String> letters = new HashSet<>();
        role.names().forEach(name -> letters(name).ifPresent(letters::add));
        return letters;
    }

    /** Every role's initials, for the speller to leave as they are. */
    Set<String> all() {
        return byLetters.keySet();
    }

    /**
     * The role whose initials a word is: any case from {@value #MIN_LOWER_CASE} letters ("mlda"), in capitals only
     * below that ("RS").
     *
     * @param word  the word as matched, in lower case
     * @param typed the message as typed, where a short form's capitals are looked for
     */
    Optional<RoleDocument> of(String word, String typed) {
        RoleDocument role = byLetters.get(word);
        if (role == null) {
            return Optional.empty();
        }
        if (word.length() >= MIN_LOWER_CASE) {
            return Optional.of(role);
        }
        String capitals = word.toUpperCase(Locale.ROOT);
        long upper = typed.chars().filter(Character::isUpperCase).count();
        long letters = typed.chars().filter(Character::isLetter).count();
        if (upper * 2 > letters) {
            // A message typed in capitals has no short forms to tell apart.
            return Optional.empty();
        }
        // "RE: salary question" is a reply's subject and "RM 20k" an amount in ringgit, not a role.
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + capitals + "s?(?![\\p{L}\\p{N}])(?!\\s*:)(?!\\s*\\d)")
                        .matcher(typed)
                        .find()
                ? Optional.of(role)
                : Optional.empty();
    }

    private static Optional<String> letters(String name) {
        StringBuilder letters = new StringBuilder();
        List<String> words = List.of(WORD.split(name.strip()));
        if (words.size() < 2) {
            return Optional.empty();
        }
        for (String word : words) {
            if (JOINING.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            boolean capitals = word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT));
            letters.append(
                    capitals
                            ? word.toLowerCase(Locale.ROOT)
                            : word.substring(0, 1).toLowerCase(Locale.ROOT));
        }
        return letters.length() >= MIN_LETTERS && letters.chars().allMatch(Character::isLetter)
                ? Optional.of(letters.toString())
                : Optional.empty();
    }
}
