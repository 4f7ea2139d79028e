package org.careeradvisor.advisor;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number a yes/no question puts to the documents: "is 1 year as a team lead enough?", "is growth projected at 22%?",
 * "do I need 3-5 years?". Set against the same kind of number in a statement ("typically 2+ years", "8-9%"), it settles
 * the verdict: a claim the statement's figure contradicts is a "no" however many of the question's words it shares.
 *
 * @param low        the number asked, or the lower end of a range asked
 * @param high       the upper end ({@code low} for a single number)
 * @param unit       years or per cent
 * @param comparison how the question sets its number against the document's
 */
record AskedNumber(double low, double high, Unit unit, Comparison comparison, String question) {

    enum Unit {
        YEARS,
        PERCENT
    }

    enum Comparison {
        /** "is 1 year enough?", "I have 2 years, do I qualify?": the number against what the document asks at least. */
        ENOUGH,
        /** "over 20%?", "more than 5 years?" */
        OVER,
        /** "under 10%?", "less than 3 years?" */
        UNDER,
        /** "projected at 22%?", "3-5 years?" */
        EQUAL,
        /**
         * "does the manager need 5 years of leadership?": what is asked at least; against "typically 2+ years" it is no,
         * as the document asks for 2.
         */
        NEED
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("a", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10));

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|one|a|two|three|four|five|six|seven|eight|nine|ten)";

    /** A number or range and its unit: "22%", "8-9 percent", "2+ years", "3 to 5 yrs", "one year". */
    private static final Pattern FIGURE =
            Pattern.compile("(?i)\\b" + NUMBER + "(\\+|\\s*-?\\s*plus\\b)?(?:\\s*(?:-|–|to)\\s*" + NUMBER
                    + ")?\\s*(%|percent\\b|per cent\\b|years?\\b|yrs?\\b)");

    /** "for Machine Learning Engineers": whom a figure is of, by the last word of its name, singular. */
    private static final Pattern WHOSE =
            Pattern.compile("\\s+for (?:[\\w-]+ ){0,3}?([\\w-]+?)s?\\b(?= and\\b|[,.;]|$)");

    /** A number a percentage sign follows, alone or in a range: "22%", both ends of "8-9%". */
    private static final Pattern PERCENT_GIVEN =
            Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(?=(?:\\s*[-–]\\s*\\d+)?\\s*%)");

    private static final Pattern ENOUGH =
            Pattern.compile("\\b(enough|sufficient|suffice|qualify|qualif\\w*|ok|okay)\\b");
    private static final Pattern OVER =
            Pattern.compile("\\b(over|above|more than|at least|exceed\\w*|beyond|higher than)\\s+$");
    private static final Pattern NEED = Pattern.compile(
            "\\b(need|needs|needed|require|requires|required|must|have to|has to|mandatory|compulsory|obligatory)\\b");
    private static final Pattern UNDER = Pattern.compile("\\b(under|below|less than|lower than|at most)\\s+$");

    /** The first number with a unit in a yes/no question, and how the question compares it. */
    static Optional<AskedNumber> of(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            Optional<double[]> range = range(figure);
            if (range.isEmpty()) {
                continue;
            }
            String before = text.substring(0, figure.start());
            Comparison comparison = OVER.matcher(before).find()
                    ? Comparison.OVER
                    : UNDER.matcher(before).find()
                            ? Comparison.UNDER
                            : ENOUGH.matcher(text).find()
                                    ? Comparison.ENOUGH
                                    : NEED.matcher(text).find() ? Comparison.NEED : Comparison.EQUAL;
            return Optional.of(new AskedNumber(range.get()[0], range.get()[1], unit(figure), comparison, text));
        }
        return Optional.empty();
    }

    /**
     * The verdict against the first figure of the same unit in a statement, or empty when the statement has none:
     * "Yes" or "No" and, for a range the asked number falls inside of ("over 8%?" of "8-9%"), "Partly".
     */
    Optional<String> against(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT);
        Matcher figure = FIGURE.matcher(lower);
        if (comparison == Comparison.EQUAL && equalsOneOf(lower)) {
            // "projected at 22%?" of "9% for Data Architects and 22% for Machine Learning Engineers": the figure put
            // is one the statement gives.
            return Optional.of("Yes");
        }
        Optional<String> subject = subjectOf(question);
        while (figure.find()) {
            Optional<double[]> found = range(figure);
            if (found.isEmpty() || unit(figure) != unit) {
                continue;
            }
            Matcher whose = WHOSE.matcher(lower.substring(figure.end()));
            if (subject.isPresent() && whose.lookingAt() && !subject.get().equals(whose.group(1))) {
                // "is growth for machine learning engineers only 9%?": the 9% of Data Architects is no answer.
                continue;
            }
            double min = found.get()[0];
            // "2+ years" and "at least 2 years" have no upper end.
            double max = figure.group(2) != null ? Double.MAX_VALUE : found.get()[1];
            return Optional.of(
                    switch (comparison) {
                        case ENOUGH -> low >= min ? "Yes" : "No";
                        case OVER -> min > low ? "Yes" : max > low ? "Partly" : "No";
                        case UNDER -> max < low ? "Yes" : min < low ? "Partly" : "No";
                        case EQUAL -> low <= max && high >= min ? "Yes" : "No";
                        // "2+ years" asks for 2: 5 is more than needed, 1 too few; a range ("3-5 years") is met
                        // within it.
                        case NEED ->
                            (max == Double.MAX_VALUE ? low <= min && high >= min : low <= max && high >= min)
                                    ? "Yes"
                                    : "No";
                    });
        }
        return Optional.empty();
    }

    /** Whether a statement gives the percentage asked, alone or as an end of a range ("22%" in "22% for ..."). */
    boolean percentGivenIn(String statement) {
        if (unit != Unit.PERCENT) {
            return false;
        }
        Matcher given = PERCENT_GIVEN.matcher(statement);
        while (given.find()) {
            if (Double.parseDouble(given.group(1)) == low) {
                return true;
            }
        }
        return false;
    }

    private boolean equalsOneOf(String lower) {
        Matcher figure = FIGURE.matcher(lower);
        while (figure.find()) {
            Optional<double[]> found = range(figure);
            if (found.isPresent()
                    && unit(figure) == unit
                    && figure.group(2) == null
                    && found.get()[0] == low
                    && found.get()[1] == high) {
                // "22% for Machine Learning Engineers" is put of them only: "is growth for data architects 22%?" is
                // not.
                Matcher whose = WHOSE.matcher(lower.substring(figure.end()));
                return !whose.lookingAt()
                        || subjectOf(question).map(whose.group(1)::equals).orElse(question.contains(whose.group(1)));
            }
        }
        return false;
    }

    /** "growth for machine learning engineers": whom a question's figure is asked of, by the last word, singular. */
    private static final Pattern ASKED_OF = Pattern.compile(
            "\\bfor (?:[\\w-]+ ){0,3}?([\\w-]+?)s?\\b(?= only\\b| at\\b| is\\b"
                    + "| projected\\b| higher\\b| lower\\b| greater\\b| faster\\b| slower\\b| more\\b| less\\b| \\d|[,.;?])");

    private static Optional<String> subjectOf(String question) {
        Matcher of = ASKED_OF.matcher(question.toLowerCase(Locale.ROOT));
        while (of.find()) {
            if (ROLE_ENDS.contains(of.group(1))) {
                return Optional.of(of.group(1));
            }
        }
        return Optional.empty();
    }

    /** The last words of the names figures are given for: "for Data Architects", "for Machine Learning Engineers". */
    private static final java.util.Set<String> ROLE_ENDS =
            java.util.Set.of("architect", "engineer", "scientist", "manager", "analyst", "developer", "occupation");

    /** The percentages the documents set side by side are growth rates: a comparison must ask of them. */
    private static final Pattern GROWTH_ASKED =
            Pattern.compile("\\b(growth|grow|grows|growing|outlook|demand|percent|rate)\\b|%");

    /** "higher than", "faster than", "lower than": a question setting one figure against another. */
    private static final Pattern HIGHER =
            Pattern.compile("\\b(higher|greater|faster|bigger|larger|more|better)\\s+than\\b");

    private static final Pattern LOWER = Pattern.compile("\\b(lower|smaller|slower|less|worse)\\s+than\\b");

    /**
     * "is projected growth for ML engineers higher than for data architects?" against "9% for Data Architects and 22%
     * for Machine Learning Engineers": "Yes" or "No" from the two figures the statement gives the two compared, or
     * empty when it does not give both.
     */
    static Optional<String> compared(String question, String statement) {
        String asked = question.toLowerCase(Locale.ROOT);
        Matcher higher = HIGHER.matcher(asked);
        Matcher lower = LOWER.matcher(asked);
        boolean up = higher.find();
        boolean down = !up && lower.find();
        if (!up && !down) {
            return Optional.empty();
        }
        if (!GROWTH_ASKED.matcher(asked).find()) {
            // "do ML engineers need more experience than data architects?" asks of no figure the statement gives.
            return Optional.empty();
        }
        int than = up ? higher.end() : lower.end();
        Map<String, Double> byWhom = new java.util.HashMap<>();
        String text = statement.toLowerCase(Locale.ROOT);
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            Matcher whose = WHOSE.matcher(text.substring(figure.end()));
            Optional<double[]> found = range(figure);
            if (whose.lookingAt() && found.isPresent()) {
                byWhom.putIfAbsent(whose.group(1), found.get()[1]);
            }
        }
        Optional<String> first = firstNamed(asked.substring(0, than), byWhom.keySet());
        Optional<String> second = firstNamed(asked.substring(than), byWhom.keySet());
        if (first.isEmpty() || second.isEmpty() || first.equals(second)) {
            return Optional.empty();
        }
        double difference = byWhom.get(first.get()) - byWhom.get(second.get());
        if (difference == 0) {
            return Optional.empty();
        }
        return Optional.of(difference > 0 == up ? "Yes" : "No");
    }

    private static Optional<String> firstNamed(String text, java.util.Set<String> names) {
        return Text.words(text).stream()
                .map(word -> word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
                .filter(names::contains)
                .findFirst();
    }

    private static Optional<double[]> range(Matcher figure) {
        Double first = value(figure.group(1));
        Double second = figure.group(3) == null ? first : value(figure.group(3));
        if (first == null || second == null) {
            return Optional.empty();
        }
        return Optional.of(new double[] {Math.min(first, second), Math.max(first, second)});
    }

    private static Double value(String number) {
        Integer word = WORDS.get(number);
        if (word != null) {
            return word.doubleValue();
        }
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Unit unit(Matcher figure) {
        return figure.group(4).startsWith("y") ? Unit.YEARS : Unit.PERCENT;
    }
}
