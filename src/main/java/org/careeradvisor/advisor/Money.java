package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in text, the one parser for both ways they are written: as the documents give them ("$234,000") and
 * as people type them ("234k", "$1.2m", "180,000", "150000").
 */
final class Money {

    /** An amount as the documents write it: a dollar sign, then digits with or without thousands commas. */
    private static final Pattern WRITTEN = Pattern.compile("\\$(\\d{1,3}(?:,\\d{3})+|\\d+)");

    /** An amount as typed: an optional dollar sign, a number, an optional "k" or "m". */
    private static final Pattern TYPED =
            Pattern.compile("(?i)(?<![\\w.,$])(\\$\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|m)?(?![\\w%])");

    /** A bare whole number this long ("150000") is money; a shorter one is a year, a count or an age. */
    private static final int BARE_DIGITS_FROM = 5;

    private static final int BARE_DIGITS_TO = 7;

    /** The smallest amount read as a year's pay rather than a fee, a count or an hourly rate. */
    private static final double YEARLY_PAY_FROM = 10_000;

    private Money() {}

    /** Whether an amount is the size of a year's pay ("200k"), not a fee or an hourly rate. */
    static boolean yearlyPay(double amount) {
        return amount >= YEARLY_PAY_FROM;
    }

    /** The dollar amounts a document line gives, in order. */
    static List<Double> written(String text) {
        List<Double> amounts = new ArrayList<>();
        Matcher matcher = WRITTEN.matcher(text);
        while (matcher.find()) {
            amounts.add(Double.parseDouble(matcher.group(1).replace(",", "")));
        }
        return amounts;
    }

    /**
     * The amounts a message types, in order: a number counts when it has a dollar sign, a "k" or "m", thousands commas,
     * or five to seven digits; "3 years", "10%" and "2024" are no money.
     */
    static List<Double> typed(String text) {
        return typed(text, true);
    }

    /** The amounts a message types with a mark of money: a dollar sign, a "k" or "m", or thousands commas. */
    static List<Double> marked(String text) {
        return typed(text, false);
    }

    private static List<Double> typed(String text, boolean bareToo) {
        List<Double> amounts = new ArrayList<>();
        Matcher matcher = TYPED.matcher(text);
        while (matcher.find()) {
            String number = matcher.group(2);
            String unit = matcher.group(3) == null ? "" : matcher.group(3).toLowerCase(Locale.ROOT);
            boolean bare = matcher.group(1) == null && unit.isEmpty() && !number.contains(",");
            boolean moneySized =
                    !number.contains(".") && number.length() >= BARE_DIGITS_FROM && number.length() <= BARE_DIGITS_TO;
            if (bare && (!moneySized || !bareToo)) {
                continue;
            }
            double value = Double.parseDouble(number.replace(",", ""));
            amounts.add((double) Math.round(value * (unit.equals("k") ? 1_000 : unit.equals("m") ? 1_000_000 : 1)));
        }
        return amounts;
    }

    /** The lowest and highest dollar amount a document line gives (the same for one amount), or null for none. */
    static double[] span(String text) {
        List<Double> amounts = written(text);
        if (amounts.isEmpty()) {
            return null;
        }
        double low = amounts.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = amounts.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new double[] {low, high};
    }
}
