package org.careeradvisor.advisor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * Money figures a message quotes from the documents ("why is the TC range so huge, like 234k to 797k?"): when they all
 * come from one role's document, the message is about that role although it names none. The amounts per role are read
 * once, when the roles load.
 */
final class QuotedFigures {

    /** Amounts below this are years, percentages or counts, not pay. */
    private static final double SMALLEST = 1_000;

    private final List<RoleAmounts> byRole;

    private QuotedFigures(List<RoleAmounts> byRole) {
        this.byRole = byRole;
    }

    static QuotedFigures of(List<RoleDocument> roles) {
        return new QuotedFigures(
                roles.stream().map(role -> new RoleAmounts(role, amounts(role))).toList());
    }

    /** The one role whose document has every amount the message quotes; empty when none, several or no amount. */
    Optional<RoleDocument> roleOf(String message) {
        Set<Double> quoted = new HashSet<>(Money.marked(message));
        quoted.removeIf(amount -> amount < SMALLEST);
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        List<RoleDocument> holding = byRole.stream()
                .filter(entry -> entry.amounts().containsAll(quoted))
                .map(RoleAmounts::role)
                .toList();
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    private static Set<Double> amounts(RoleDocument role) {
        Set<Double> amounts = new HashSet<>();
        role.sections().forEach(section -> amounts.addAll(Money.written(section.body())));
        return amounts;
    }

    private record RoleAmounts(RoleDocument role, Set<Double> amounts) {}
}
