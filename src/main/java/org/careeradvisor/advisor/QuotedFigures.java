package org.careeradvisor.advisor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * Money figures a message quotes from the documents ("why is the TC range so huge, like 234k to 797k?"): when they all
 * come from one role's document, the message is about that role although it names none.
 */
final class QuotedFigures {

    /** "$234,000", "234,000", "234k", "$1.2m": an amount of money as people type it. */
    private static final Pattern MONEY =
            Pattern.compile("(?i)(?<![\\w.,])\\$?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|m)?(?![\\w%])");
    /** An amount as the documents write it: "$234,000". */
    private static final Pattern DOCUMENT_MONEY = Pattern.compile("\\$(\\d{1,3}(?:,\\d{3})+|\\d+)");
    /** Amounts below this are years, percentages or counts, not pay. */
    private static final long SMALLEST = 1_000;

    private QuotedFigures() {}

    /** The one role whose document has every amount the message quotes; empty when none, several or no amount. */
    static Optional<RoleDocument> roleOf(String message, List<RoleDocument> roles) {
        Set<Long> quoted = amounts(message, MONEY, true);
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        List<RoleDocument> holding = roles.stream()
                .filter(role -> documentAmounts(role).containsAll(quoted))
                .toList();
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    private static Set<Long> documentAmounts(RoleDocument role) {
        Set<Long> amounts = new HashSet<>();
        role.sections().forEach(section -> amounts.addAll(amounts(section.body(), DOCUMENT_MONEY, false)));
        return amounts;
    }

    private static Set<Long> amounts(String text, Pattern pattern, boolean typed) {
        Set<Long> amounts = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            boolean dollar = matcher.group().startsWith("$");
            String unit = typed && matcher.group(2) != null ? matcher.group(2).toLowerCase(Locale.ROOT) : "";
            if (typed && !dollar && unit.isEmpty() && !matcher.group(1).contains(",")) {
                // "3 years", "10%", "2024": a bare number is no amount of money.
                continue;
            }
            double value = Double.parseDouble(matcher.group(1).replace(",", ""));
            long amount = Math.round(value * (unit.equals("k") ? 1_000 : unit.equals("m") ? 1_000_000 : 1));
            if (amount >= SMALLEST) {
                amounts.add(amount);
            }
        }
        return amounts;
    }
}
