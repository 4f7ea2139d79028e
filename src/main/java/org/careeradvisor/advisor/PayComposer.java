package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Statement;

/**
 * Pay answers that give what was asked: the figures of the aspects a question names (base, stock, bonus, top 10%,
 * global, the Data Architect comparison; the headline figures when it names none), the factors list for "what moves
 * pay", each with the year, region and currency the document gives; and a plain statement when the question asks for a
 * region or year the document has no figures for, with the nearest figures it does have.
 */
class PayComposer {

    private static final Pattern YEAR = Text.YEAR;
    /** "in Germany", "for London", "across Europe": where a question asks pay to be. */
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:in|across|within|around|outside)\\s+(?:the\\s+)?"
            + "([\\p{L}][\\p{L}.'-]*(?:\\s+[\\p{L}][\\p{L}.'-]*){0,2})");

    /** The words of a threshold that ask whether pay stays below it. */
    private static final String BELOW = "under|below|less than|lower than|south of";

    private static final Pattern THRESHOLD = Pattern.compile("\\b(over|above|more than|at least|exceeds?|beyond|up to|"
            + "as high as|reach|reaches|hit|hits|past|clear|clears|crack|cracks|break|breaks|surpass|surpasses|top|tops|"
            + "north of|greater than|higher than|in excess of|" + BELOW + ")"
            + "\\s+\\$?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k\\b)?");
    /** "top ml archs clear 700k?", "do the top ones make 700k": a question about the role's top people. */
    private static final Pattern TOP_PEOPLE = Pattern.compile("(?i)^(\\s*(?:(?:do|does|are|would|will|can|could|"
            + "the|do the|are the|can the|so|and)\\s+)?)top\\b(?!\\s*(?:\\d|ten\\b|of\\b|tier|-tier|notch|earners|cities|"
            + "places|locations|companies|firms|industries|sectors|skills|countries|states|employers))\\s*");

    /** Finds the first limit a year's pay could be: "top 10%" and "past 5 years" set none. */
    private static boolean yearlyThreshold(Matcher threshold) {
        while (threshold.find()) {
            if (limit(threshold) >= 1000) {
                return true;
            }
        }
        return false;
    }

    /** The amount a threshold found names, in dollars: "300k" is 300,000. */
    private static double limit(Matcher threshold) {
        return Double.parseDouble(threshold.group(2).replace(",", "")) * (threshold.group(3) != null ? 1000 : 1);
    }

    /** The text in lower case with millions written as thousands: "over a million dollars" is "over 1000k". */
    private static String inThousands(String text) {
        Matcher millions = MILLIONS.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder thousands = new StringBuilder();
        while (millions.find()) {
            double count = millions.group(1) != null ? 1 : Double.parseDouble(millions.group(2));
            millions.appendReplacement(thousands, String.format(Locale.ROOT, "%.0fk", count * 1000));
        }
        return millions.appendTail(thousands).toString();
    }

    /** "a million dollars", "1.5m", "2 million": written as thousands, so the threshold reads them. */
    private static final Pattern MILLIONS =
            Pattern.compile("(?i)\\b(?:(a|one)|(\\d+(?:\\.\\d+)?))\\s*(?:m|mil|million)\\b(?:\\s+dollars)?");
    /** "can it go above...", "is it possible to earn over...": whether a figure is ever reached. */
    private static final Pattern POSSIBLE =
            Pattern.compile("^(can|could|may|might)\\b|\\b(possible|ever|reach|go (above|over|beyond|past))\\b");

    /** A comparison claimed: "earn more", "paying more", "raise your pay", "less than". */
    private static final Pattern CLAIM = Pattern.compile(
            "\\b(more|higher|better|bigger|raises?|increases?|boosts?|exceeds?|outpaces?|beats?|out-?earns?|out-?earning|"
                    + "outpa(?:y|ys|id)|premium|less|lower|worse|smaller)\\b");

    /** "earns more than", "raise your pay compared with": a direction claimed between two sets of figures. */
    private static boolean claimsComparison(String lower) {
        return CLAIM.matcher(lower).find()
                && (COMPARING.matcher(lower).find()
                        || lower.contains(" than ")
                        || EXCEEDS.matcher(lower).find());
    }

    /** "do they get stock options", "is there a bonus", "does the package include equity": whether a part is paid. */
    private static final Pattern GETS_PART = Pattern.compile(
            "^(?:\\W*\\w+\\W+){0,3}?(?:do|does|is|are|will|would)\\b.*\\b"
                    + "(?:get|gets|receive|receives|come with|comes with|include|includes|offer|offers|there|part of)\\b");
    /** "paid monthly?", "in my first year?", "in cash or stock?": when or how a part is paid, not whether. */
    private static final Pattern PART_QUALIFIED =
            Pattern.compile("\\b((?<!yes )or(?! no\\b| not\\b| nah\\b)|if|when|first|monthly|quarterly|annually|yearly|"
                    + "per|every|how often|in cash|in stock|guaranteed|taxed)\\b");

    /** "get more in stock than bonus": a comparison, not whether a part is paid. */
    private static final Pattern MORE_OR_LESS =
            Pattern.compile("\\b(more|less|than|bigger|higher|lower|over|above)\\b");

    /** The parts of pay whose being paid at all a yes/no can ask. */
    private static final Set<String> PARTS = Set.of("stock", "bonus", "cash");

    /** "does the global median exceed the US average?": a comparison put by its verb alone. */
    private static final Pattern EXCEEDS =
            Pattern.compile("\\b(exceeds?|outpaces?|beats?|out-?earns?|out-?earning|outpa(?:y|ys|id))\\b");

    private static final Pattern LESS = Pattern.compile("\\b(less|lower|worse|smaller)\\b");
    private static final Pattern MORE = Pattern.compile("\\b(more|higher|better|bigger|premium)\\b");
    /** Appraisals that ask one way ("too low?", "overpaid?"), whose yes is not "inside the range". */
    private static final Pattern ONE_SIDED =
            Pattern.compile("(?i)\\b(lowball|low|high|underpaid|overpaid|too much|too little)\\b");

    /** "is it good", "a fair offer", "lowball": a judgement asked of an amount. */
    private static final Pattern APPRAISING =
            Pattern.compile("(?i)\\b(good|fair|reasonable|competitive|decent|ok|okay|normal|"
                    + "lowball|low|high|underpaid|overpaid|enough|typical|realistic)\\b");

    private final Vocabulary vocabulary;
    private final SalaryComposer salary;
    private final Set<String> asking;
    /** The vocabulary's words for each pay factor, by the stem of the factor's head word. */
    private final Map<String, List<String>> factorAliases;

    PayComposer(Vocabulary vocabulary, SalaryComposer salary) {
        this.vocabulary = vocabulary;
        this.salary = salary;
        Set<String> words = new java.util.HashSet<>(vocabulary.questionWords());
        words.addAll(vocabulary.followUpCarrying());
        words.addAll(vocabulary.roleLeadIns());
        vocabulary.topics().forEach(topic -> topic.cues().forEach(cue -> words.addAll(Text.words(cue))));
        vocabulary.payAspects().forEach(aspect -> aspect.cues().forEach(cue -> words.addAll(Text.words(cue))));
        words.addAll(vocabulary.homeRegion());
        this.asking = Set.copyOf(words);
        // Looked up by the stem of a factor's head word: "skills" in "Specific technical skills" finds `skills:`.
        Map<String, List<String>> aliases = new java.util.HashMap<>();
        vocabulary
                .factorWords()
                .forEach((head, names) -> aliases.merge(stem(head), names, (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                }));
        this.factorAliases = Map.copyOf(aliases);
    }

    /** The answer for one role with pay sections, or empty when it has none. */
    Optional<ComposedAnswer> compose(
            String question, RoleDocument role, RoleSections sections, KnowledgeBase knowledge) {
        return compose(question, null, role, sections, knowledge);
    }

    /**
     * @param earlier the question a follow-up continues ("and the median?" after Data Architect pay), or null: the
     *                aspects that say whose figures (Data Architects, worldwide) carry over; the others do not
     */
    Optional<ComposedAnswer> compose(
            String question, String earlier, RoleDocument role, RoleSections sections, KnowledgeBase knowledge) {
        List<Statement> pay = salary.payStatements(role, sections);
        List<Statement> figures = pay.stream().filter(Statement::figure).toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        String asked = knowledge.withoutNames(role.id(), question);
        // "top ml archs clear 700k?": the role's top people, its name taken out, are its top earners.
        String padded = Text.padded(TOP_PEOPLE.matcher(asked).replaceFirst("$1top earners "));
        List<String> missing = askedOfHome(question, missingScope(asked, question, pay));
        boolean totalOverBase = TOTAL_OVER_BASE.matcher(asked).find();
        List<PayAspect> aspects = totalOverBase
                // "why is total comp so much higher than the base?": what total pay is made of besides the base.
                ? vocabulary.payAspects().stream()
                        .filter(aspect -> aspect.id().equals(COMPONENTS))
                        .toList()
                : withEarlier(
                        askedAspects(padded),
                        earlier,
                        role,
                        knowledge,
                        !missing.isEmpty()
                                || vocabulary.payAspects().stream()
                                        .anyMatch(aspect -> SCOPING.contains(aspect.id()) && aspect.askedIn(padded)),
                        Text.containsAny(padded, vocabulary.homeRegion()));
        StringBuilder markdown = new StringBuilder();
        List<Statement> used = new ArrayList<>();
        boolean partly = false;
        Optional<Statement> scope =
                pay.stream().filter(SalaryComposer::givesScope).findFirst();
        // "does adding ML raise your pay compared with a regular data architect?" compares two sets of figures; the
        // word "raise" does not make it a question of what moves pay.
        boolean comparison = aspects.stream().anyMatch(aspect -> SCOPING.contains(aspect.id()))
                && claimsComparison(asked.toLowerCase(Locale.ROOT));
        boolean figureAsked = aspects.stream()
                .anyMatch(aspect -> !aspect.answersWithList() && !aspect.id().equals(GENERIC));
        // "we're a startup in berlin, how much stock do they get?": an amount of a figure asked, whatever the scene
        // says of a factor.
        // "worldwide, what do the top 10% make? global numbers matter more to me", "can the base go up to 400k?": a
        // figure asked for, or an amount put to one; "matter" and "go up" in it ask nothing of what moves pay.
        boolean thresholdAsked = yearlyThreshold(THRESHOLD.matcher(inThousands(asked)));
        boolean amountAsked = thresholdAsked || offered(asked).isPresent();
        boolean globalAsked = aspects.stream().anyMatch(aspect -> aspect.id().equals("global"));
        boolean amountOfFigure = figureAsked
                && (HOW_MUCH.matcher(asked).find()
                        || FIGURE_WANTED.matcher(asked).find()
                        || thresholdAsked)
                && !FACTORS_ASKED.matcher(asked).find();
        Optional<PayAspect> listed = comparison || amountOfFigure
                ? Optional.empty()
                : aspects.stream().filter(PayAspect::answersWithList).findFirst();
        QuestionShape shape = QuestionShape.of(question);
        if (listed.isEmpty() && shape.yesNo() && shape.exclusive()) {
            // "Is pay just about experience?": a factor named with only or just asks for all of them.
            listed = vocabulary.payAspects().stream()
                    .filter(PayAspect::answersWithList)
                    .filter(factors -> pay.stream()
                            .filter(factors::marks)
                            .filter(Statement::listItem)
                            .anyMatch(unit -> Text.words(unit.quote()).stream()
                                    .anyMatch(word -> word.length() > 3
                                            && Text.words(asked).contains(word))))
                    .findFirst();
        }
        if (listed.isEmpty()
                && !figureAsked
                && !amountAsked
                && EFFECT.matcher(asked).find()) {
            // "does the industry matter?", "will my pay drop if I go remote?": a factor the document's own list names
            // (by the head of its line: "Industry sector", "Location"), with a word asking what it does to pay.
            listed = vocabulary.payAspects().stream()
                    .filter(PayAspect::answersWithList)
                    .filter(factors -> namesFactor(
                            pay.stream()
                                    .filter(factors::marks)
                                    .filter(Statement::listItem)
                                    .toList(),
                            asked,
                            false))
                    .findFirst();
        }
        List<Statement> reasons = List.of();
        boolean figureNamedNow = askedAspects(padded).stream()
                .anyMatch(aspect -> !aspect.answersWithList() && !aspect.id().equals(GENERIC));
        // "why are US salaries higher than global ones?" compares with the worldwide figures, whose lead-in answers it.
        boolean worldwideCompared = comparison && globalAsked;
        if (!totalOverBase && !worldwideCompared && HIGH_PAY_WHY.matcher(asked).find()) {
            // "why is it that high?", "why is the top end so high?", "why more than data architects?": the document's
            // own reasons (what total pay is made of, the demand, the premium), then what moves pay.
            List<Statement> because = new ArrayList<>(explanation(pay).stream().toList());
            pay.stream()
                    .filter(unit -> !unit.figure() && !because.contains(unit))
                    .filter(unit -> Text.containsAny(Text.padded(unit.quote()), vocabulary.payReasons()))
                    .forEach(because::add);
            reasons = because;
            if (listed.isEmpty()) {
                listed = vocabulary.payAspects().stream()
                        .filter(PayAspect::answersWithList)
                        .findFirst();
            }
        }
        if (listed.isPresent()) {
            List<Statement> factors = pay.stream()
                    .filter(listed.get()::marks)
                    .filter(Statement::listItem)
                    .toList();
            if (!factors.isEmpty()) {
                // "is pay just about experience?": no, the document names several factors.
                boolean yesNo = shape.yesNo();
                // A factor is named by the words of its head ("Location", "Industry sector", "Size and type of
                // company"),
                // not by "higher" or "with" in what follows it.
                boolean namesFactor = namesFactor(factors, asked, true);
                // The verdict is on what the asking part says: "does the industry affect the salary? we're a
                // healthcare co competing with finance firms for the same people" asks no "same".
                String asking = AskingPart.of(asked);
                if (yesNo && (shape.exclusive() || SAME.matcher(asking).find())) {
                    // "is pay the same everywhere in the US?": no, location is one of the factors.
                    markdown.append("**No.** ");
                } else if (yesNo && namesFactor && ACTS_ON.matcher(asked).find()) {
                    // "does the industry affect pay?": yes, the document names it.
                    markdown.append("**Yes.** ");
                }
                if (!reasons.isEmpty()) {
                    markdown.append("**Why ")
                            .append(Topic.withArticle(role.title()))
                            .append(" is paid so well**, in the document's words:\n");
                    Render.units(markdown, reasons, false);
                    used.addAll(reasons);
                    markdown.append('\n');
                }
                markdown.append("**What moves the pay of ")
                        .append(Topic.withArticle(role.title()))
                        .append("**: ")
                        .append(factors.size())
                        .append(" factors the document names")
                        // "what matters most?": the list is not ranked, and the answer says so rather than pick one.
                        .append(RANKING.matcher(asked).find() ? ", without ranking them.\n" : ".\n");
                Render.units(markdown, factors, false);
                used.addAll(factors);
                if (reasons.isEmpty() && !yesNo && TOTAL_SPREAD.matcher(asked).find()) {
                    // "what explains a spread that wide?", "what gets you to the 700k+ end?": what total pay is made
                    // of beyond the base, with the figures of those parts.
                    List<Statement> parts = new ArrayList<>();
                    explanation(pay).ifPresent(parts::add);
                    figures.stream()
                            .filter(figure -> aspectOf(figure)
                                    .filter(aspect -> BEYOND_BASE.contains(aspect.id()))
                                    .isPresent())
                            .forEach(parts::add);
                    markdown.append('\n');
                    Render.units(markdown, parts, false);
                    used.addAll(parts);
                }
                if (!reasons.isEmpty()
                        && aspects.stream().anyMatch(aspect -> aspect.id().equals(COMPARED))
                        && GAP_SIZE.matcher(asked).find()) {
                    // "why do they get more than data architects, and how big is the gap?": the two averages.
                    List<Statement> both =
                            new ArrayList<>(headline(figures).stream().limit(1).toList());
                    chosen(
                                    aspects.stream()
                                            .filter(aspect -> aspect.id().equals(COMPARED))
                                            .toList(),
                                    figures)
                            .stream()
                            .filter(figure -> !both.contains(figure))
                            .forEach(both::add);
                    markdown.append('\n');
                    Render.units(markdown, both, false);
                    used.addAll(both);
                }
                if (globalAsked && missing.isEmpty()) {
                    // "does the country affect pay, and what do the worldwide figures suggest?": the factor, then
                    // the worldwide figures with what the document says of them.
                    List<Statement> global = new ArrayList<>();
                    lead("global", pay).ifPresent(global::add);
                    global.addAll(withGlobal(List.of(), figures));
                    markdown.append('\n');
                    Render.units(markdown, global, false);
                    used.addAll(global);
                } else if (missing.stream()
                        .filter(this::abroad)
                        .anyMatch(place -> !shape.yesNo() || namedWhereAsked(question, place))) {
                    // "does the US vs Europe change pay?": the factor, then the figures nearest the place asked; not
                    // for a yes/no whose place is only in the story told ("... In banking, London vs Leeds was a big
                    // gap.").
                    List<Statement> global = withGlobal(List.of(), figures);
                    if (!global.isEmpty()) {
                        markdown.append("\nThe document has no pay figures ")
                                .append(scopes(missing))
                                .append("; the nearest it has:\n");
                        Render.units(markdown, global, false);
                        used.addAll(global);
                    }
                }
                return Optional.of(new ComposedAnswer(tidy(markdown), sections.sources(used)));
            }
        }
        List<Statement> mentions = List.of();
        List<Statement> chosen = chosen(
                aspects.stream().filter(aspect -> !aspect.answersWithList()).toList(), figures);
        if (aspects.stream().anyMatch(aspect -> aspect.id().equals(COMPARED))
                && COMPARING.matcher(question).find()
                && !chosen.isEmpty()) {
            // "Data architects vs ML architects: who gets more, by how much?": the role's own average beside theirs.
            List<Statement> both =
                    new ArrayList<>(headline(figures).stream().limit(1).toList());
            chosen.stream().filter(figure -> !both.contains(figure)).forEach(both::add);
            chosen = both;
        }
        if (globalAsked && COMPARING.matcher(question).find() && !chosen.isEmpty()) {
            // "compare the top decile in the US with the top decile worldwide": the US figure of each aspect asked,
            // beside the worldwide one.
            List<Statement> both = new ArrayList<>(chosen);
            aspects.stream()
                    .filter(aspect -> !SCOPING.contains(aspect.id()) && !aspect.answersWithList())
                    .forEach(aspect -> figures.stream()
                            .filter(figure ->
                                    aspectOf(figure).filter(aspect::equals).isPresent())
                            .filter(figure -> !both.contains(figure))
                            .forEach(both::add));
            chosen = both;
        }
        if (worldwideCompared && !chosen.isEmpty()) {
            // "does the global median exceed the US average?": the US average beside the worldwide figures.
            List<Statement> both = new ArrayList<>(chosen);
            headline(figures).stream()
                    .limit(1)
                    .filter(figure -> !both.contains(figure))
                    .forEach(both::add);
            chosen = both;
        }
        if ((aspects.stream().anyMatch(aspect -> aspect.id().equals("top"))
                        && AVERAGE_ASKED.matcher(asked).find()
                || !worldwideCompared
                        && AVERAGE_TOTAL.matcher(asked).find()
                        && aspects.stream()
                                .anyMatch(aspect -> !aspect.answersWithList()
                                        && !aspect.id().equals(GENERIC)
                                        && !SCOPING.contains(aspect.id())))) {
            // "avg tc? + what do the top 10% get": the average asked beside the top 10%, not of it.
            List<Statement> both =
                    new ArrayList<>(headline(figures).stream().limit(1).toList());
            chosen.stream().filter(figure -> !both.contains(figure)).forEach(both::add);
            // "the data architect average total comp and median": the average of theirs too.
            averagesOf(COMPARED, aspects, figures)
                    .filter(figure -> !both.contains(figure))
                    .findFirst()
                    .ifPresent(both::add);
            chosen = both;
        }
        if (globalAsked && !worldwideCompared && AVERAGE_ASKED.matcher(asked).find() && !chosen.isEmpty()) {
            // "the salary figures globally ... the average and the median": the worldwide average beside the median.
            List<Statement> both = new ArrayList<>(
                    averagesOf("global", aspects, figures).limit(1).toList());
            chosen.stream().filter(figure -> !both.contains(figure)).forEach(both::add);
            chosen = both;
        }
        if (RANGE_ASKED.matcher(asked).find()) {
            // "the spread of total comp, lowest to highest": the line giving the range leads, not the average.
            List<Statement> ranged = new ArrayList<>(chosen.stream()
                    .filter(figure -> {
                        double[] span = Money.span(figure.quote());
                        return span != null && span[0] < span[1];
                    })
                    .limit(1)
                    .toList());
            chosen.stream().filter(figure -> !ranged.contains(figure)).forEach(ranged::add);
            chosen = ranged;
        }
        if (shape.yesNo() && shape.exclusive() && !chosen.isEmpty()) {
            // "is total comp only base salary?": no, and the rest of that list says what else there is.
            String list = chosen.get(0).listId();
            List<Statement> siblings = figures.stream()
                    .filter(figure -> list != null && list.equals(figure.listId()))
                    .toList();
            chosen = siblings.isEmpty() ? chosen : siblings;
        }
        Optional<PayAspect> lacked = unmet(aspects, chosen);
        Optional<Statement> reason = totalOverBase ? explanation(pay) : Optional.empty();
        if (!missing.isEmpty()) {
            // "are US salaries higher than elsewhere? asking bc i might relocate from portugal": the claim against the
            // worldwide lead-in, answered first.
            worldwideClaim(shape, question, asked, pay, figures)
                    .or(() -> higherWhereNamed(shape, asked, missing, pay))
                    .ifPresent(claimed -> markdown.append("**").append(claimed).append(".** "));
            markdown.append("**The ")
                    .append(role.title())
                    .append(" document has no pay figures ")
                    .append(scopes(missing))
                    .append(".** ");
            mentions = mentions(missing, pay);
            mentions.forEach(mention ->
                    markdown.append("It says: ").append(mention.quote()).append(". "));
            // "is $200k normal in Seattle?": the amount against the figures it does have.
            appraisal(question, shape, figures)
                    .ifPresent(
                            appraised -> markdown.append("**").append(appraised).append(".** "));
            used.addAll(mentions);
            boolean abroad = missing.stream().anyMatch(this::abroad);
            boolean specific = aspects.stream()
                    .anyMatch(aspect -> !aspect.answersWithList()
                            && !aspect.id().equals(GENERIC)
                            && !aspect.id().equals("global"));
            List<Statement> worldwide = global(figures);
            // One decision for the sentence and the figures it introduces.
            boolean worldwideFirst = abroad && !(specific && !chosen.isEmpty()) && !worldwide.isEmpty();
            if (worldwideFirst) {
                // "what would we pay in Berlin, in euros?": the worldwide figures are the nearest to another country,
                // then the US average beside them, not the US range with its top 10%.
                markdown.append("Here are the nearest figures it has: its worldwide ones, then the US average for "
                        + "comparison, in US dollars per year.\n");
            } else {
                // "The figures below describe the US market in 2024": said before the figures it describes.
                markdown.append(scope.map(sentence -> "Here are the nearest figures it has. " + sentence.quote() + "\n")
                        .orElse("The nearest figures it has:\n"));
            }
            if (abroad) {
                // "data architect pay in canada?": the asked figures where the document has them, then its worldwide
                // ones.
                chosen = worldwideFirst
                        ? worldwideThenUsAverage(worldwide, figures)
                        : specific && !chosen.isEmpty() ? withGlobal(chosen, figures) : nearest(figures);
                if (claimsComparison(asked.toLowerCase(Locale.ROOT))) {
                    // "is it way lower than the us?": what the document says of the two ("US salaries are usually
                    // higher").
                    List<Statement> withLead = new ArrayList<>();
                    lead("global", pay).ifPresent(withLead::add);
                    chosen.stream().filter(figure -> !withLead.contains(figure)).forEach(withLead::add);
                    chosen = withLead;
                }
            } else if (missing.stream().anyMatch(BASE_SCOPES::contains)
                    && !figureNamedNow
                    && !TOTAL_NAMED.matcher(asked).find()) {
                // "what does a junior make in the first year?", "a fair salary for 20 hours a week?", "what hourly rate
                // could a contractor charge?": the base salary's range, where a newcomer starts and what a share of the
                // hours or a rate is reckoned from, not the total with its stock and top 10%.
                List<Statement> base = vocabulary.payAspects().stream()
                        .filter(aspect -> aspect.id().equals(BASE))
                        .flatMap(aspect -> figures.stream().filter(aspect::marks))
                        .limit(1)
                        .toList();
                chosen = base.isEmpty() ? chosen : base;
            }
            if (missing.contains(SENIOR_LEVEL)) {
                // "how high can a very experienced data architect's pay go?": the line of the figures shown that
                // speaks of experienced people ("Experienced professionals can reach $185,000-$200,000") comes first.
                List<Statement> shown = chosen;
                List<Statement> experienced = new ArrayList<>(figures.stream()
                        .filter(figure -> EXPERIENCED.matcher(figure.quote()).find())
                        .filter(figure -> shown.stream()
                                .anyMatch(other -> figure.listId() != null
                                        && figure.listId().equals(other.listId())))
                        .toList());
                shown.stream().filter(figure -> !experienced.contains(figure)).forEach(experienced::add);
                if (experienced.size() == shown.size()) {
                    // "a principal ML architect": no figure by seniority, so the role's own top 10% is the nearest.
                    figures.stream()
                            .filter(figure -> aspectOf(figure)
                                    .filter(aspect -> aspect.id().equals(TOP))
                                    .isPresent())
                            .filter(figure -> !experienced.contains(figure))
                            .forEach(experienced::add);
                }
                chosen = experienced;
            }
            if (missing.stream()
                    .anyMatch(place -> vocabulary.domesticPlaces().contains(place.toLowerCase(Locale.ROOT)))) {
                // "what do they get paid in san francisco?": the region's figures, and the factor line that says where
                // pay is higher ("Location, with pay higher in tech hubs such as Silicon Valley").
                List<Statement> withPlace = new ArrayList<>(chosen);
                locationFactor(pay).filter(line -> !withPlace.contains(line)).ifPresent(withPlace::add);
                chosen = withPlace;
            }
        } else if (lacked.isPresent()) {
            partly = true;
            // "what's the median ML architect salary?": the document has a median only worldwide and for Data
            // Architects; it says so, and gives those and the role's own headline figures, not an average as the
            // median.
            markdown.append("**The ")
                    .append(role.title())
                    .append(" document gives no ")
                    .append(lacked.get().label())
                    .append(" for the role itself.** The nearest figures it has:\n");
            scope.ifPresent(sentence -> markdown.append(sentence.quote()).append('\n'));
            // The role's own figures (the scope sentence describes them), then the worldwide or Data Architect ones.
            List<Statement> nearest = new ArrayList<>(chosen);
            figures.stream()
                    .filter(lacked.get()::marks)
                    .filter(figure -> !nearest.contains(figure))
                    .forEach(nearest::add);
            chosen = nearest;
        } else if (reason.isPresent()) {
            // "why is total so much higher than the base?": the document's own reason first, then the parts.
            markdown.append("**")
                    .append(reason.get().quote())
                    .append("** (")
                    .append(role.title())
                    .append(", ")
                    .append(Render.heading(reason.get(), false))
                    .append(")");
            scope.ifPresent(sentence -> markdown.append(". ").append(sentence.quote()));
            markdown.append('\n');
            used.add(reason.get());
        } else {
            Statement first = chosen.get(0);
            verdict(shape, question, asked, first, aspects, pay)
                    .or(() -> appraisal(question, shape, figures))
                    .ifPresent(verdict -> markdown.append("**").append(verdict).append(".** "));
            markdown.append("**")
                    .append(first.quote())
                    .append("** (")
                    .append(role.title())
                    .append(", ")
                    .append(Render.heading(first, false))
                    .append(")");
            // "The figures below describe the US market" is not said of a worldwide figure.
            scope.filter(sentence -> aspectOf(first)
                            .filter(aspect -> aspect.id().equals("global"))
                            .isEmpty())
                    .ifPresent(sentence -> markdown.append(". ").append(sentence.quote()));
            markdown.append('\n');
            // The lead gives the first figure; the list under it gives the rest, not the lead again.
            used.add(first);
            chosen = chosen.stream().filter(figure -> figure != first).toList();
        }
        used.addAll(chosen);
        // What the document says of an asked aspect besides its figures: "usually earn less", "paid a premium over".
        List<Statement> said = new ArrayList<>();
        if (worldwideCompared) {
            // "do us based ml architects earn more than the global numbers?": the lead-in that settles it.
            lead("global", pay).filter(unit -> !used.contains(unit)).ifPresent(said::add);
        }
        pay.stream()
                .filter(unit -> !unit.figure() && !used.contains(unit) && !SalaryComposer.givesScope(unit))
                .filter(unit -> aspects.stream()
                        .anyMatch(aspect -> !aspect.answersWithList()
                                && !aspect.id().equals(GENERIC)
                                && aspect.marks(unit)
                                && aspectOf(unit).filter(aspect::equals).isPresent()))
                .filter(unit -> !said.contains(unit))
                .limit(MAX_SAID)
                .forEach(said::add);
        used.addAll(said);
        // "Data Architects ... usually earn less:" leads the figures of its own list, not after them.
        List<Statement> shown = new ArrayList<>(chosen);
        for (Statement lead : List.copyOf(said)) {
            int first = lead.kind() == Statement.Kind.LEAD && lead.listId() != null
                    ? indexOfList(shown, lead.listId())
                    : -1;
            if (first >= 0) {
                shown.add(first, lead);
                said.remove(lead);
            }
        }
        Render.units(markdown, shown, false);
        Render.units(markdown, said, false);
        scope.ifPresent(used::add);
        // Only a general pay question is told which other figures there are; a pointed one gets what it asked.
        List<String> others = aspects.isEmpty() ? others(aspects, figures, used) : List.of();
        if (!others.isEmpty()) {
            markdown.append("\n_The document also gives ")
                    .append(String.join(", ", others))
                    .append(": ask for any of them._");
        }
        // Figures for another year or place than asked answer only in part: unless the document at least speaks of
        // that place, the question is a knowledge gap too.
        return Optional.of(new ComposedAnswer(
                tidy(markdown),
                sections.sources(figuresFirst(used)),
                !partly && (missing.isEmpty() || !mentions.isEmpty())));
    }

    /**
     * Yes or no for a yes/no pay question: "only base salary?" is no (pay has other parts); "over 400k?" compares the
     * figure asked; "do Data Architects earn more?" follows what the comparison's own lead-in says.
     */
    /** @param asked the question without the role's own names, so "ML Data Architects" is not the Data Architects */
    private Optional<String> verdict(
            QuestionShape shape,
            String question,
            String asked,
            Statement figure,
            List<PayAspect> aspects,
            List<Statement> pay) {
        if (!shape.yesNo()) {
            return Optional.empty();
        }
        String lower = question.toLowerCase(Locale.ROOT);
        if (shape.exclusive()) {
            return Optional.of("No");
        }
        Matcher threshold = THRESHOLD.matcher(inThousands(question));
        if (yearlyThreshold(threshold)) {
            double limit = limit(threshold);
            double[] range = Money.span(figure.quote());
            if (range == null) {
                return Optional.empty();
            }
            boolean over = !threshold.group(1).matches(BELOW);
            // A range the limit falls inside ("base over 300k?" for $138,000 to $314,000) holds only in part.
            if (range[0] < limit && limit < range[1]) {
                // "can it go above 300k?" asks whether it ever does: yes, at the range's end.
                String end = over ? "at the top of the range" : "at the bottom of the range";
                return Optional.of(POSSIBLE.matcher(lower).find() ? "Yes, " + end : "Only " + end);
            }
            return Optional.of((over ? range[0] >= limit : range[1] <= limit) ? "Yes" : "No");
        }
        if (GETS_PART.matcher(lower).find()
                && !MORE_OR_LESS.matcher(lower).find()
                && !PART_QUALIFIED.matcher(lower).find()
                && aspects.stream()
                        .filter(aspect -> PARTS.contains(aspect.id()))
                        .anyMatch(aspect -> aspect.marks(figure))) {
            // "do ML architects usually get stock options as part of comp?": the document gives that part a figure.
            return Optional.of("Yes");
        }
        // "do data architects earn more than ML architects?", "is the US paying more than the rest of the world?",
        // "does adding ML raise your pay compared with a regular data architect?": the claim against what the lead-in
        // of the compared figures says ("Data Architects ... usually earn less", "US salaries are usually higher").
        // "my nephew says the ML version is no better paid. Is it true that ML architects earn more than ordinary data
        // architects?": the claim the asking part puts, not the story's.
        return claimVerdict(AskingPart.of(asked).toLowerCase(Locale.ROOT), aspects, pay)
                // "Do ML architects really earn more than data architects? Is it worth the premium?": the claim in the
                // whole message when its last question puts none.
                .or(() -> claimVerdict(asked.toLowerCase(Locale.ROOT), aspects, pay));
    }

    /** The averages among the figures of one asked aspect ("Global average range"); none when it is not asked. */
    private static java.util.stream.Stream<Statement> averagesOf(
            String aspectId, List<PayAspect> aspects, List<Statement> figures) {
        return aspects.stream()
                .filter(aspect -> aspect.id().equals(aspectId))
                .limit(1)
                .flatMap(aspect -> figures.stream().filter(aspect::marks))
                .filter(figure -> AVERAGE_ASKED.matcher(figure.quote()).find());
    }

    /** The verdict on a claim that the role earns more or less than those a scoping aspect names (Data Architects). */
    private static Optional<String> claimVerdict(String askedLower, List<PayAspect> aspects, List<Statement> pay) {
        Matcher claim = CLAIM.matcher(askedLower);
        if (!claim.find() || !claimsComparison(askedLower)) {
            return Optional.empty();
        }
        for (PayAspect aspect : aspects) {
            if (!SCOPING.contains(aspect.id())) {
                continue;
            }
            Optional<Statement> lead = pay.stream()
                    .filter(unit -> unit.kind() == Statement.Kind.LEAD && aspect.marks(unit))
                    .findFirst();
            // "data architects", not the "data architecture" the role works on.
            int other = aspect.cues().stream()
                    .map(cue -> Pattern.compile("\\b" + Pattern.quote(cue) + "s?\\b")
                            .matcher(askedLower))
                    .filter(Matcher::find)
                    .mapToInt(Matcher::start)
                    .min()
                    .orElse(-1);
            if (lead.isEmpty() || other < 0) {
                continue;
            }
            String said = lead.get().quote().toLowerCase(Locale.ROOT);
            boolean aboutOther = aspect.cues().stream().anyMatch(said::startsWith);
            boolean saysLess = LESS.matcher(said).find();
            boolean saysMore = MORE.matcher(said).find();
            if (saysLess == saysMore) {
                continue;
            }
            boolean documentOursHigher = aboutOther ? saysLess : saysMore;
            boolean up = !LESS.matcher(claim.group()).matches();
            // "is there really a premium over a data architect?" claims the role's own pay higher, wherever the other
            // is.
            boolean claimsOursHigher = claim.group().equals("premium") || (other < claim.start() ? !up : up);
            return Optional.of(claimsOursHigher == documentOursHigher ? "Yes" : "No");
        }
        return Optional.empty();
    }

    /**
     * "is 200k a good salary for an ML architect?": where the amount stands against the document's ranges for total
     * compensation and base salary, without calling it good or bad.
     */
    private Optional<String> appraisal(String question, QuestionShape shape, List<Statement> figures) {
        Optional<Double> offered = offered(question);
        if (!APPRAISING.matcher(question).find() || offered.isEmpty()) {
            return Optional.empty();
        }
        double amount = offered.get();
        // "is a $350,000 base salary normal?" is set against the base range only; "is $400k total normal?" against the
        // total; an amount with neither named against both.
        String padded = Text.padded(question.toLowerCase(Locale.ROOT));
        Optional<PayAspect> base = vocabulary.payAspects().stream()
                .filter(aspect -> aspect.id().equals(BASE))
                .findFirst();
        boolean baseNamed = base.filter(aspect -> aspect.askedIn(padded)).isPresent();
        boolean totalNamed = TOTAL_NAMED.matcher(question).find();
        List<String> places = new ArrayList<>();
        List<Boolean> inside = new ArrayList<>();
        if (!baseNamed || totalNamed) {
            ranged(headline(figures)).ifPresent(total -> {
                places.add(place(amount, total, "the total compensation range"));
                inside.add(amount >= total[0] && amount <= total[1]);
            });
        }
        if (!totalNamed || baseNamed) {
            base.flatMap(aspect -> ranged(figures.stream().filter(aspect::marks).toList()))
                    .ifPresent(range -> {
                        places.add(place(amount, range, "the base salary range"));
                        inside.add(amount >= range[0] && amount <= range[1]);
                    });
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        String placed = String.format(Locale.ROOT, "$%,.0f is %s", amount, String.join(" and ", places));
        // A yes/no about one named range opens with its verdict: "No: $350,000 is above the base salary range".
        // Only "is it normal / fair / typical?" is answered yes for inside: "too low?" and "overpaid?" ask the other
        // way.
        boolean oneRange = places.size() == 1 && (baseNamed != totalNamed);
        boolean asksUsual = !ONE_SIDED.matcher(question).find();
        return Optional.of(
                oneRange && asksUsual && shape.yesNo() ? (inside.get(0) ? "Yes: " : "No: ") + placed : placed);
    }

    /** "200k", "$180,000", "150000": the first amount someone is offered or earns, a year's pay in size. */
    private static Optional<Double> offered(String question) {
        return Money.typed(question).stream().filter(Money::yearlyPay).findFirst();
    }

    /** The first of these lines that gives a range of two figures. */
    private static Optional<double[]> ranged(List<Statement> lines) {
        return lines.stream()
                .map(line -> Money.span(line.quote()))
                .filter(range -> range != null && range[0] < range[1])
                .findFirst();
    }

    private static String place(double amount, double[] range, String what) {
        String where = amount < range[0] ? "below " : amount > range[1] ? "above " : "inside ";
        return String.format(Locale.ROOT, "%s%s ($%,.0f to $%,.0f)", where, what, range[0], range[1]);
    }

    /** The missing scopes joined: "for Germany or 2025", "for London or in pounds". */
    private String scopes(List<String> missing) {
        StringBuilder joined = new StringBuilder();
        String previous = "";
        for (String scope : missing) {
            String name = scopeName(scope);
            boolean sameWord = previous.startsWith("for ") && name.startsWith("for ");
            joined.append(joined.isEmpty() ? "" : " or ").append(sameWord ? name.substring("for ".length()) : name);
            previous = name;
        }
        return joined.toString();
    }

    /** How a missing scope reads after "no pay figures": "for Germany", "for 2019", "in euros", "per hour". */
    private String scopeName(String scope) {
        if (vocabulary.currencies().contains(scope)) {
            return "in " + scope;
        }
        if (List.of(PER_HOUR, PER_DAY, PER_WEEK, PER_MONTH).contains(scope)) {
            return scope;
        }
        if (PART_TIME.equals(scope)) {
            return "for part-time work";
        }
        if (FREELANCE.equals(scope)) {
            return "for freelance or contract work";
        }
        if (AFTER_TAX.equals(scope)) {
            return "after tax";
        }
        if (SENIOR_LEVEL.equals(scope)) {
            return "by seniority";
        }
        if (scope.startsWith(AT)) {
            return scope;
        }
        if (LATER.matcher(scope).matches()) {
            // "in five years" reads "for five years from now"; "next year", "the future" as they are.
            return scope.matches("in (a few|\\w+) years")
                    ? "for " + scope.substring(3) + " from now"
                    : "for " + scope.replaceFirst("^in ", "");
        }
        String lower = scope.toLowerCase(Locale.ROOT);
        if (THE.contains(lower)) {
            // "the UK", "the Netherlands"
            return "for the " + (lower.length() <= 3 ? lower.toUpperCase(Locale.ROOT) : named(lower));
        }
        return ENTRY_LEVEL.equals(scope) ? "for entry-level roles" : "for " + named(scope);
    }

    /**
     * "client in Riyadh asks: ML Architect US base salary range?": when the part that asks names the documents' own
     * region, a place named only in the scene before it (no question there) is where the asker is, no scope asked.
     */
    private List<String> askedOfHome(String question, List<String> missing) {
        Matcher lead = SCENE_END.matcher(question);
        if (!lead.find()) {
            return missing;
        }
        String scene = question.substring(0, lead.start()).toLowerCase(Locale.ROOT);
        if (scene.contains("?")) {
            return missing;
        }
        String written = question.substring(lead.end());
        String asking = written.toLowerCase(Locale.ROOT);
        // "tell us the range" is no region: "us" counts in capitals only.
        List<String> home = vocabulary.homeRegion().stream()
                .filter(word -> !word.equals("us"))
                .toList();
        boolean homeNamed = Text.containsAny(Text.padded(asking), home)
                || CAPITAL_US.matcher(written).find();
        if (!homeNamed || BEYOND_HOME.matcher(asking).find()) {
            // "for a hire outside the United States?" asks about elsewhere.
            return missing;
        }
        return missing.stream()
                .filter(scope -> !abroad(scope)
                        || !scene.contains(scope.toLowerCase(Locale.ROOT))
                        || asking.contains(scope.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static final Pattern BEYOND_HOME = Pattern.compile(
            "(?i)\\b(outside|beyond|except|apart from|other than|non-|abroad|global|worldwide|international)");

    /** The end of a scene set before the question: "client in Riyadh asks:", "I'm based in Berlin.". */
    private static final Pattern SCENE_END = Pattern.compile("[:.!]\\s+");

    private static final Pattern CAPITAL_US = Pattern.compile("(?<![\\p{L}])US(?![\\p{L}])");

    /** Whether the question's asking sentence names the scope, or the scope is no place word to find. */
    private static boolean namedWhereAsked(String question, String scope) {
        String asking = AskingPart.of(question).toLowerCase(Locale.ROOT);
        String lower = question.toLowerCase(Locale.ROOT);
        String name = scope.toLowerCase(Locale.ROOT);
        return asking.contains(name) || !lower.contains(name) || asking.equals(lower);
    }

    /**
     * Whether a missing scope is a place outside the documents' region, whose nearest figures are the worldwide ones:
     * not a year, a period, a level, a company, a currency or a place inside the region ("Seattle").
     */
    private boolean abroad(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        return !YEAR.matcher(scope).matches()
                && !LATER.matcher(scope).matches()
                && !scope.startsWith(AT)
                && !List.of(
                                PER_HOUR,
                                PER_DAY,
                                PER_WEEK,
                                PER_MONTH,
                                ENTRY_LEVEL,
                                SENIOR_LEVEL,
                                PART_TIME,
                                FREELANCE,
                                AFTER_TAX)
                        .contains(scope)
                && !vocabulary.currencies().contains(lower)
                && !vocabulary.domesticPlaces().contains(lower)
                && !vocabulary.homeRegion().contains(lower);
    }

    /** Places named with "the": "the UK", "the Netherlands". */
    private static final Set<String> THE = Set.of(
            "uk",
            "us",
            "usa",
            "uae",
            "netherlands",
            "philippines",
            "czech republic",
            "united states",
            "united kingdom",
            "middle east",
            "bay area",
            "nordics",
            "balkans",
            "baltics");

    /** Whether the words are a role's ("ML Data Architect" after "for"), which is not a company. */
    private boolean roleWords(String lower) {
        return List.of(lower.split(" ")).stream()
                .anyMatch(word -> List.of("ai", "ml", "data", "machine", "research", "quality", "vp")
                        .contains(word));
    }

    /** "germany" as typed becomes "Germany"; "São Paulo" stays as written. */
    private static String named(String place) {
        if (!place.equals(place.toLowerCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder titled = new StringBuilder();
        for (String word : place.split(" ")) {
            titled.append(titled.isEmpty() ? "" : " ")
                    .append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return titled.toString();
    }

    /**
     * The asked aspects, with those of the earlier question that say whose figures it was about; the earlier figures
     * when the follow-up asks for none of its own and only names a scope ("and in Europe?").
     */
    private List<PayAspect> withEarlier(
            List<PayAspect> asked,
            String earlier,
            RoleDocument role,
            KnowledgeBase knowledge,
            boolean scoped,
            boolean namesHome) {
        if (earlier == null) {
            return asked;
        }
        List<PayAspect> before = askedAspects(Text.padded(knowledge.withoutNames(role.id(), earlier)));
        if (asked.isEmpty() && scoped) {
            // "what's the base for ML architects?" then "and in Europe?": the same figures, for the place asked now.
            return before.stream()
                    .filter(aspect -> !aspect.answersWithList())
                    .filter(aspect -> !aspect.id().equals("global") || !namesHome)
                    .toList();
        }
        List<PayAspect> carried = new ArrayList<>(before.stream()
                .filter(aspect -> SCOPING.contains(aspect.id()) && !asked.contains(aspect))
                // "what's the global median?" then "and in US?": the documents' own region asked now, not worldwide.
                .filter(aspect -> !aspect.id().equals("global") || !namesHome)
                .toList());
        if (carried.isEmpty()) {
            return asked;
        }
        carried.addAll(asked);
        return withoutGeneric(carried);
    }

    /**
     * The aspects the question names; "total" (the generic one) only when it names no more specific one. Those it
     * leaves out by name are not asked: "the base, without stocks n bonus stuff", "not base, not global".
     */
    private List<PayAspect> askedAspects(String padded) {
        String kept = Text.padded(SPREAD.matcher(CAREER_MOVE
                        .matcher(LEFT_OUT.matcher(HANDLED_APART.matcher(padded).replaceAll(" "))
                                .replaceAll(" "))
                        .replaceAll(" switch "))
                .replaceAll(" range "));
        return withoutGeneric(new ArrayList<>(vocabulary.payAspects().stream()
                .filter(aspect -> aspect.askedIn(kept))
                .toList()));
    }

    /** "without stocks n bonus stuff", "excluding equity and bonus", "not base", "base only, no stock": what is left out. */
    private static final Pattern LEFT_OUT = Pattern.compile("(?i)\\b(?:without|excluding|exclude|excl|minus|except|"
            + "not counting|not including|apart from|other than|leaving out|leave out|separately from|separate from|"
            + "setting aside|leaving aside|putting aside|aside from|ignoring|disregarding|"
            + "not|(?<=, |,|\\band |\\bbut |\\bonly |\\balone )no)"
            + "(?! (?:only|just|sure|really|that|too|even|much|bad|always|necessarily)\\b)"
            + "\\s+(?:the |any |all )?[\\w'-]+(?:(?:\\s*[,&/+]\\s*|\\s+(?:and|or|n)\\s+)(?!not\\b)[\\w'-]+){0,3}");
    /** "as equity is handled separately", "bonus and stock are covered elsewhere": parts another team answers for. */
    private static final Pattern HANDLED_APART = Pattern.compile("(?i)\\b(?:the )?[\\w'-]+(?:\\s+(?:and|or|n|&)\\s+"
            + "[\\w'-]+)?\\s+(?:is|are)\\s+(?:handled|covered|dealt with|done|managed|treated|set|decided|agreed)"
            + "\\s+(?:separately|elsewhere|apart|later|by (?:another|a different|our|the) \\w+)\\b");
    /** Total pay or its top named with a factor asked: the parts beyond the base explain it. */
    private static final Pattern TOTAL_SPREAD =
            Pattern.compile("(?i)\\b(total|package|overall|tc|top end|spread|wide|\\d{3}k\\+?)(?!\\w)");
    /** The parts of total pay besides the base salary. */
    private static final Set<String> BEYOND_BASE = Set.of("stock", "bonus");
    /** "how big is the gap", "by how much": the size of a difference asked. */
    private static final Pattern GAP_SIZE =
            Pattern.compile("(?i)\\b(how big|how large|how much|by how much|how wide)\\b");
    /** "weighing two moves", "a career move": a move made, not what moves pay. */
    private static final Pattern CAREER_MOVE = Pattern.compile(
            "(?i)\\b(?:a|two|three|several|career|job|next|big|"
                    + "possible|both|these|those|my|this|that|lateral) moves?\\b|\\b(?:career|job|role) (?:changes?|switch(?:es)?)\\b");
    /** "the range", "the spread", "low to high": the span of a figure asked, whose range line leads. */
    private static final Pattern RANGE_ASKED = Pattern.compile(
            "(?i)\\b(range|spread|lowest to highest|low to high|bottom to top|min to max|low end and high end)\\b");
    /** "lowest to highest": the whole range, not the top of it. */
    private static final Pattern SPREAD = Pattern.compile(
            "(?i)\\b(?:from )?(?:the )?(?:lowest|low|min|minimum|bottom) to (?:the )?(?:highest|high|max|maximum|top)\\b");

    private static List<PayAspect> withoutGeneric(List<PayAspect> asked) {
        if (asked.size() > 1) {
            asked.removeIf(aspect -> aspect.id().equals(GENERIC));
        }
        return asked;
    }

    /** The total's aspect, whose words ("average", "range") are no pay words alone. */
    static final String GENERIC = "total";

    private static final Pattern AVERAGE_ASKED = Pattern.compile(
            "(?i)\\b(average|avg|mean(?= (?:total|tc|comp|pay|salary)))\\b(?! (?:of|for|among|in) the top)");

    /** "the average total compensation ... and the stock part": the headline average asked by name. */
    private static final Pattern AVERAGE_TOTAL =
            Pattern.compile("(?i)\\b(?:average|avg|mean) (?:total|tc|comp|compensation|package|pay)\\b");

    private static final Pattern HOW_MUCH = Pattern.compile("(?i)\\b(how much|how big|how large|what range)\\b");
    /**
     * "what do they make", "how high does it go", "show me the numbers", "avg total comp for a plain data architect?":
     * a figure wanted.
     */
    private static final Pattern FIGURE_WANTED = Pattern.compile(
            "(?i)\\b(what|whats|what's|how high|how far|show me|numbers|figures)\\b|^\\W*(?:the\\s+)?(?:avg|average|median|mean)\\b");
    /** Words that ask what moves pay whatever figure is named: "what affects the top 10%?". */
    private static final Pattern FACTORS_ASKED =
            Pattern.compile("(?i)\\b(affect\\w*|drive(?:[sn]|rs?)?|determinants?|depend\\w*|"
                    + "influence[sd]?|factors?|determine[sd]?|decide[sd]?|what makes|moves?|vary|varies|what would get|"
                    + "gets? (?:someone|me|you|one|people|a person) (?:into|to)|push\\w*(?: \\w+){0,2} up|what does it take|what it takes|what explains|explains? the gap|why would|"
                    + "what separates|separates)\\b");

    private static final String PER_HOUR = "per hour";
    private static final String PER_DAY = "per day";
    private static final String PER_WEEK = "per week";
    private static final String PER_MONTH = "per month";
    private static final Pattern RANKING =
            Pattern.compile("(?i)\\b(most|biggest|main|number one|rank|ranked|ranking|top factor|matters? more)\\b");
    private static final String PART_TIME = "part-time";
    private static final String AFTER_TAX = "after tax";
    private static final String FREELANCE = "freelance";
    /** Kinds of work and of pay the yearly figures of a salaried role are not: "part-time", "after tax", "contractor". */
    private static final Pattern WORK_KIND = Pattern.compile(
            "(?i)\\b(part[- ]time|\\d+ hours a week|after[- ]tax(?:es)?|"
                    + "take[- ]home|net (?:pay|salary|income)|freelanc\\w*|contractors?|contracting|contract rate|consulting rate)\\b");

    private static final String ENTRY_LEVEL = "entry-level";
    /** "the typical total package per month": the total asked by name, which a scope does not turn into the base. */
    private static final Pattern TOTAL_NAMED = Pattern.compile("(?i)\\b(total|package|overall|all-in)\\b");
    /**
     * Scopes whose nearest figure is the base salary's range: a start, a share of the hours, a rate, a contract, the
     * pay taken home (the cash salary, not the stock).
     */
    private static final java.util.Set<String> BASE_SCOPES =
            java.util.Set.of(ENTRY_LEVEL, PART_TIME, FREELANCE, AFTER_TAX, PER_HOUR, PER_DAY, PER_WEEK, PER_MONTH);

    private static final String BASE = "base";
    private static final Pattern FACTOR_HEAD = Pattern.compile("[,(:;]| with | such as ");
    private static final java.util.Set<String> FACTOR_FILLER =
            java.util.Set.of("level", "type", "size", "specific", "kind", "sort");
    /** Words asking what something does to pay: "does X matter", "will it drop", "is that normal", "bump". */
    private static final Pattern EFFECT =
            Pattern.compile("(?i)\\b(matter|matters|mattered|bump|bumps|drop|drops|lower|less|more|"
                    + "higher|normal|gap|explain|explains|difference|different|effect|impact|impacts|premium|worth|paying|best-paying|"
                    + "count|counts|change|changes|affect|affects)\\b");

    /**
     * Whether the question names one of the factors by the words of its head ("Location", "Industry sector", "Size and
     * type of company"), not by "higher" or "with" in what follows it.
     */
    private boolean namesFactor(List<Statement> factors, String asked, boolean placesCount) {
        List<String> words = Text.words(asked);
        // "the US vs Europe" names the factor whose line names places ("tech hubs such as Silicon Valley").
        boolean place = placesCount && namesPlace(String.join(" ", words));
        List<String> stems = words.stream().map(PayComposer::stem).toList();
        return factors.stream()
                .anyMatch(unit -> Text.words(FACTOR_HEAD.split(unit.quote(), 2)[0]).stream()
                                .anyMatch(word -> word.length() > 3
                                        && !FACTOR_FILLER.contains(word)
                                        && (stems.contains(stem(word))
                                                || factorAliases.getOrDefault(stem(word), List.of()).stream()
                                                        .anyMatch(alias -> words.contains(alias))))
                        || place && namesPlace(String.join(" ", Text.words(unit.quote()))));
    }

    /** "industries" and "industry", "skills" and "skill": one stem for the factor's head and the question's words. */
    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("s") && !word.endsWith("ss") && word.length() > 4
                ? word.substring(0, word.length() - 1)
                : word;
    }

    /** Whether the words (lower case, space separated) name a place the vocabulary knows. */
    private boolean namesPlace(String words) {
        return Text.containsAny(" " + words + " ", vocabulary.places());
    }

    /** "why is total comp so much higher than the base?", "what makes up the gap between base and total?". */
    private static final String WHY =
            "\\b(?:why|how come|what makes|what explains|(?:because|bcz|bcoz|bc|cuz|coz|due to)"
                    + " (?:of )?what|what(?:'s| is) behind)\\b";

    private static final Pattern TOTAL_OVER_BASE = Pattern.compile("(?i)" + WHY + ".*"
            + "\\b(?:total|package|overall)\\b.*\\b(?:base|salary)\\b"
            // "total comp is so big bcz of what? base alone is not that high": the reason asked between the two.
            + "|\\b(?:total|package|overall)\\b.*" + WHY + ".*\\bbase\\b"
            + "|\\b(?:gap|difference) between (?:the )?(?:base|total)\\b");

    private static final String COMPONENTS = "components";

    /** "why is it that high?", "how come ML architects earn so much?": the reason for the pay's height. */
    private static final Pattern HIGH_PAY_WHY = Pattern.compile("(?i)(?:" + WHY + "|\\breasons?\\b).*"
            + "\\b(?:high|higher|so much|that much|this much|well|big|premium|generous|lucrative|good)\\b"
            // "why is that?", "how come?" after a pay answer: why the pay is what it said.
            + "|^\\W*(?:why|how come)(?: is that| so| that is)?\\W*$");

    /** What the pay sections say of total pay beyond the base: "Stock options and bonuses often make up a large part". */
    private static Optional<Statement> explanation(List<Statement> pay) {
        return pay.stream()
                .filter(unit -> !unit.figure())
                .filter(unit -> {
                    String text = unit.quote().toLowerCase(Locale.ROOT);
                    return text.contains("total") && (text.contains("stock") || text.contains("bonus"));
                })
                .findFirst();
    }

    /** "does X matter / affect / change pay": the factor is the subject, so a yes/no gets "Yes". */
    private static final Pattern ACTS_ON =
            Pattern.compile("(?i)\\b(matter|matters|affect|affects|change|changes|influence|"
                    + "influences|depend|depends|differ|differs|vary|varies|impact|impacts|difference|drive|drives|determine|determines|"
                    + "bump|bumps|raise|raises|boost|boosts|drop|drops|lower|lowers|count|counts|play a role|factor|factors|"
                    + "important|move|moves|increase|increases|rise|rises|push|pushes|go up|goes up|go down|goes down|"
                    + "differently|different)\\b");
    /** "would i get paid more", "earn more": more pay asked of something, with no other side named. */
    private static final Pattern MORE_WITH = Pattern.compile(
            "(?i)\\b(?:(?:get|be|earn|make|makes|earns|pay|pays) (?:paid )?more|paid more|higher)\\b(?!.*\\bthan\\b)");

    private static final Pattern SAME = Pattern.compile("(?i)\\b(same|identical|fixed|uniform|equal)\\b");
    /** The aspect of the compared role's figures (Data Architects). */
    static final String COMPARED = "data-architect";
    /** Aspects that say whose figures a question is about, which a follow-up keeps. */
    private static final Set<String> SCOPING = Set.of(COMPARED, "global");

    private static final Pattern COMPARING = Pattern.compile(
            "(?i)\\b(vs\\.?|versus|compared?|comparison|more than|less than|stacks? up|measures? up|against|"
                    + "who (gets|earns|makes)|difference|gap|by how much|how much (more|less)|(earn|make|get|paid) (more|less)|"
                    + "premium|change the money|change the pay)\\b");
    /** Pay per hour, week, day or month: the documents give yearly figures. */
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(hourly|per hour|monthly|per month|weekly|per week|daily|per day|"
                    + "day rate)\\b|(?<=\\b(?:earn|make|makes|paid|get|gets|salary|pay|rate) )(an hour|a month|a week|a day)\\b");
    /** Pay at the start of a career: the documents give figures for the role, not by level. */
    private static final Pattern LEVEL = Pattern.compile(
            "(?i)\\b(entry[- ]level|junior|starting (?=salary|pay|comp)|graduate (?=role|job|salary|pay)|"
                    + "new grad|fresher|beginner|intern|internship|first job)\\b");
    /** Pay at a senior level: the documents give the role's range and its top 10%, not figures by seniority. */
    /**
     * "a senior ML architect", "principal architects", "pay by seniority": a level of the role asked about, not the
     * asker's own ("I'm a senior data engineer").
     */
    private static final Pattern SENIOR = Pattern.compile("(?i)(?<!\\b(?:i'm|im|i am|am|as|was|i was) (?:an? )?)"
            + "\\b(senior|sr\\b\\.?|principal|mid[- ]level|lead)\\s+(?=(?:[\\w/-]+\\s+){0,3}?(?:architects?|engineers?|scientists?|"
            + "managers?|vps?|roles?|positions?|levels?)\\b)|\\b(seniority|experience levels?)\\b");
    /** "at Google", "at a startup like Stripe": pay at one company, which the documents do not give. */
    private static final Pattern COMPANY = Pattern.compile("\\bat ((?:[A-Z][\\p{L}&.-]+)(?: [A-Z][\\p{L}&.-]+){0,2})");
    /** How a company scope is kept and said: "at Google". */
    private static final String AT = "at ";

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;!?:]|\\s[-–—]\\s");
    private static final Pattern PAY_WORD =
            Pattern.compile("(?i)\\b(earn|earns|earning|make|makes|making|paid|pay|pays|salary|"
                    + "salaries|comp|compensation|income|bonus|stock|worth)\\b");
    /** "next year", "in five years", "in the future": a year the documents give no figures for. */
    private static final Pattern LATER =
            Pattern.compile("(?i)\\b(next year|the coming years?|the next (?:few |couple of )?years|"
                    + "in (?:a few|\\d+|two|three|four|five|ten) years|in the future)\\b");

    private static final String SENIOR_LEVEL = "senior";
    private static final String TOP = "top";
    /** A figure line about people well into the job: "Experienced professionals can reach ...". */
    private static final Pattern EXPERIENCED = Pattern.compile("(?i)\\b(experienced|senior|seasoned|veteran)\\b");

    private static final int MAX_SAID = 2;

    /** The figure lines of the asked aspects (those of all of them first), or the headline list when none is asked. */
    private List<Statement> chosen(List<PayAspect> aspects, List<Statement> all) {
        if (aspects.isEmpty()) {
            return headline(all);
        }
        // Worldwide or Data Architect figures answer only when asked: "the median of an ML architect" is not theirs.
        List<Statement> figures = all.stream()
                .filter(figure -> aspectOf(figure)
                        .map(aspect -> !SCOPING.contains(aspect.id()) || aspects.contains(aspect))
                        .orElse(true))
                .toList();
        List<Statement> ofEvery = figures.stream()
                .filter(figure -> aspects.contains(aspectOf(figure).orElse(null))
                        && aspects.stream().allMatch(aspect -> aspect.marks(figure)))
                .toList();
        if (!ofEvery.isEmpty()) {
            return ofEvery;
        }
        // An aspect that groups others ("what does the package consist of?" asks for the components): its lines.
        List<Statement> marked = figures.stream()
                .filter(figure -> aspects.stream().allMatch(aspect -> aspect.marks(figure)))
                .toList();
        if (!marked.isEmpty()) {
            return marked;
        }
        List<Statement> ofAny = figures.stream()
                .filter(figure -> aspects.contains(aspectOf(figure).orElse(null)))
                .toList();
        // "a classic data architect's ceiling": the figures of their lists, not the role's own top 10% beside them.
        Set<String> scopeLists = ofAny.stream()
                .filter(figure -> figure.listId() != null
                        && aspectOf(figure)
                                .filter(aspect -> SCOPING.contains(aspect.id()))
                                .isPresent())
                .map(Statement::listId)
                .collect(java.util.stream.Collectors.toSet());
        if (!scopeLists.isEmpty()) {
            return ofAny.stream()
                    .filter(figure -> scopeLists.contains(figure.listId()))
                    .toList();
        }
        return ofAny.isEmpty() ? headline(figures) : ofAny;
    }

    /**
     * A figure aspect asked for (median, base, top 10%...) that none of the chosen figures gives: the role's own
     * figures lack it, though worldwide or Data Architect figures may have it.
     */
    private static Optional<PayAspect> unmet(List<PayAspect> aspects, List<Statement> chosen) {
        if (aspects.stream().anyMatch(aspect -> SCOPING.contains(aspect.id()))) {
            // "the global median", "a plain data architect's median": the figures of that scope answer it.
            return Optional.empty();
        }
        return aspects.stream()
                .filter(aspect -> !aspect.answersWithList()
                        && !aspect.id().equals(GENERIC)
                        && !SCOPING.contains(aspect.id())
                        && !aspect.id().equals("total"))
                .filter(aspect -> chosen.stream().noneMatch(aspect::marks))
                .findFirst();
    }

    /** The figures of the first list of figures the pay sections give: the role's headline pay. */
    private static List<Statement> headline(List<Statement> figures) {
        String list = figures.get(0).listId();
        String section = figures.get(0).section();
        return figures.stream()
                .filter(figure -> list != null ? list.equals(figure.listId()) : section.equals(figure.section()))
                .toList();
    }

    /** The figures asked for, and the document's worldwide ones after them. */
    private List<Statement> withGlobal(List<Statement> chosen, List<Statement> figures) {
        List<Statement> nearest = new ArrayList<>(chosen);
        vocabulary.payAspects().stream()
                .filter(aspect -> aspect.id().equals("global"))
                .findFirst()
                .ifPresent(global -> figures.stream()
                        .filter(figure ->
                                aspectOf(figure).filter(global::equals).isPresent() && !nearest.contains(figure))
                        .forEach(nearest::add));
        return nearest;
    }

    /** The line of the pay factors that names location, the factor a place asked about depends on. */
    private Optional<Statement> locationFactor(List<Statement> pay) {
        return vocabulary.payAspects().stream()
                .filter(PayAspect::answersWithList)
                .flatMap(factors -> pay.stream().filter(factors::marks).filter(Statement::listItem))
                .filter(line -> line.quote().toLowerCase(Locale.ROOT).startsWith("location"))
                .findFirst();
    }

    /**
     * "would i get more if i moved to the bay area?": yes where the factor line names the place, or another name of it,
     * as one where pay is higher ("Location, with pay higher in tech hubs such as Silicon Valley").
     */
    private Optional<String> higherWhereNamed(
            QuestionShape shape, String asked, List<String> missing, List<Statement> pay) {
        Optional<Statement> location = locationFactor(pay);
        if (!shape.yesNo()
                || location.isEmpty()
                || !MORE_WITH.matcher(AskingPart.of(asked)).find()) {
            return Optional.empty();
        }
        String line = location.get().quote().toLowerCase(Locale.ROOT);
        boolean named = missing.stream()
                .map(place -> place.toLowerCase(Locale.ROOT))
                .anyMatch(place -> line.contains(place)
                        || vocabulary.synonyms().stream()
                                .filter(group -> group.contains(place))
                                .anyMatch(group -> group.stream().anyMatch(line::contains)));
        return named ? Optional.of("Yes") : Optional.empty();
    }

    /** A yes or no on a claimed comparison between the US and worldwide figures, for a question of another place. */
    private Optional<String> worldwideClaim(
            QuestionShape shape, String question, String asked, List<Statement> pay, List<Statement> figures) {
        String lower = asked.toLowerCase(Locale.ROOT);
        // The claim is about the US ("are us salaries higher than elsewhere"), not the place the document lacks ("do
        // architects in India earn more than the global average?"), and no amount is set against it.
        if (!claimsComparison(lower)
                || !Text.containsAny(Text.padded(lower), vocabulary.homeRegion())
                || yearlyThreshold(THRESHOLD.matcher(inThousands(lower)))) {
            return Optional.empty();
        }
        List<PayAspect> global = vocabulary.payAspects().stream()
                .filter(aspect -> aspect.id().equals("global"))
                .toList();
        List<Statement> worldwide = global(figures);
        return worldwide.isEmpty()
                ? Optional.empty()
                : verdict(
                        shape,
                        question,
                        WORLDWIDE_WORDS.matcher(asked).replaceAll("global"),
                        worldwide.get(0),
                        global,
                        pay);
    }

    /** "elsewhere", "the rest of the world", "other countries": the worldwide figures, in a claimed comparison. */
    private static final Pattern WORLDWIDE_WORDS = Pattern.compile(
            "(?i)\\b(elsewhere(?: in the world)?|the rest of the world|other countries|abroad|outside the us|worldwide)\\b");

    /** Where the first item of that list stands among the lines shown, or -1. */
    private static int indexOfList(List<Statement> shown, String listId) {
        for (int i = 0; i < shown.size(); i++) {
            if (listId.equals(shown.get(i).listId()) && shown.get(i).listItem()) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence that introduces an aspect's figures ("US salaries are usually higher, but worldwide ..."). */
    private Optional<Statement> lead(String aspectId, List<Statement> pay) {
        return vocabulary.payAspects().stream()
                .filter(aspect -> aspect.id().equals(aspectId))
                .findFirst()
                .flatMap(aspect -> pay.stream()
                        .filter(unit -> unit.kind() == Statement.Kind.LEAD && aspect.marks(unit))
                        .findFirst());
    }

    /** The document's worldwide figures ("Global median: $171,000"), in its order. */
    private List<Statement> global(List<Statement> figures) {
        return withGlobal(List.of(), figures);
    }

    /** The worldwide figures, then the role's own headline average, for a country the document lacks. */
    private List<Statement> worldwideThenUsAverage(List<Statement> worldwide, List<Statement> figures) {
        List<Statement> chosen = new ArrayList<>(worldwide);
        headline(figures).stream()
                .limit(1)
                .filter(figure -> !chosen.contains(figure))
                .forEach(chosen::add);
        return chosen;
    }

    /** For a region the document lacks: its headline figures and its worldwide ones. */
    private List<Statement> nearest(List<Statement> figures) {
        return withGlobal(headline(figures), figures);
    }

    /** The aspect a figure line gives: the first in the vocabulary whose words it has. */
    private Optional<PayAspect> aspectOf(Statement figure) {
        return vocabulary.payAspects().stream()
                .filter(aspect -> !aspect.answersWithList() && aspect.marks(figure))
                .findFirst();
    }

    /** Years and places the question asks pay for that none of the document's pay statements name. */
    /**
     * @param question the question without the role's names
     * @param asWritten the question as written, for what the names qualify ("a senior ML architect")
     */
    private List<String> missingScope(String question, String asWritten, List<Statement> pay) {
        String payText =
                String.join(" ", pay.stream().map(Statement::quote).toList()).toLowerCase(Locale.ROOT);
        java.util.TreeMap<Integer, String> missing = new java.util.TreeMap<>();
        Matcher year = YEAR.matcher(question);
        while (year.find()) {
            if (!payText.contains(year.group())) {
                missing.put(year.start(), year.group());
            }
        }
        Matcher place = PLACE.matcher(question);
        while (place.find()) {
            // "in Silicon Valley get paid more": the place is its first words that name a place, known or capitalised
            // as
            // written ("in New Zealand"); "in their first year" and "in finance" name none.
            String placePadded = Text.padded(place.group(1).toLowerCase(Locale.ROOT));
            if (vocabulary.homeRegion().stream().anyMatch(home -> placePadded.startsWith(" " + home + " "))) {
                // "in the United States": the region the figures are given for.
                continue;
            }
            List<String> words = new ArrayList<>();
            String[] parts = place.group(1).strip().split("\\s+");
            for (String part : parts) {
                String word = part.replaceAll("[^\\p{L}.'-]", "").toLowerCase(Locale.ROOT);
                boolean capitalised = !part.isEmpty() && Character.isUpperCase(part.charAt(0));
                // "careers in AI", "in ML research": the field, not a place.
                if (word.isEmpty()
                        || !(knownPlaceWord(word) || capitalised && !asking.contains(word) && !roleWords(word))) {
                    break;
                }
                words.add(word);
            }
            String name = original(place.group(1), words);
            if (!words.isEmpty()
                    && words.stream()
                            .noneMatch(word -> payText.matches("(?s).*\\b" + Pattern.quote(word) + "\\b.*")
                                    && figureMentions(word, pay))) {
                missing.put(place.start(1), name);
            }
        }
        // Pay per hour or month, or at entry level: the documents give yearly figures for the role as a whole.
        Matcher period = PERIOD.matcher(question);
        if (period.find() && !payText.contains(period.group().toLowerCase(Locale.ROOT))) {
            String unit = period.group().toLowerCase(Locale.ROOT);
            missing.put(
                    period.start(),
                    unit.contains("hour")
                            ? PER_HOUR
                            : unit.contains("week")
                                    ? PER_WEEK
                                    : unit.contains("day") || unit.contains("daily") ? PER_DAY : PER_MONTH);
        }
        Matcher kind = WORK_KIND.matcher(question);
        while (kind.find()) {
            String found = kind.group().toLowerCase(Locale.ROOT);
            String scope = found.startsWith("part") || found.contains("hours a week")
                    ? PART_TIME
                    : found.startsWith("freelanc") || found.startsWith("contract") || found.startsWith("consult")
                            ? FREELANCE
                            : AFTER_TAX;
            if (!payText.contains(scope) && !missing.containsValue(scope)) {
                missing.put(kind.start(), scope);
            }
        }
        Matcher level = LEVEL.matcher(question);
        if (level.find() && !payText.contains(level.group().strip().toLowerCase(Locale.ROOT))) {
            missing.put(level.start(), ENTRY_LEVEL);
        }
        Matcher senior = SENIOR.matcher(asWritten);
        if (senior.find() && !payText.contains(senior.group().strip().toLowerCase(Locale.ROOT))) {
            missing.put(senior.start(), SENIOR_LEVEL);
        }
        Matcher later = LATER.matcher(question);
        while (later.find()) {
            // "what will they earn next year?", not "I'm graduating next year - what do they earn?": a pay word before
            // the period, in the same clause.
            String before = question.substring(0, later.start());
            String clause = CLAUSE_BREAK.split(before, -1)[CLAUSE_BREAK.split(before, -1).length - 1];
            if (PAY_WORD.matcher(clause).find()) {
                missing.put(later.start(), later.group().toLowerCase(Locale.ROOT));
            }
        }
        // "at Google": a company none of the pay lines names (places, currencies and role words are not companies).
        Matcher company = COMPANY.matcher(asWritten);
        while (company.find()) {
            String name = company.group(1);
            String lower = name.toLowerCase(Locale.ROOT);
            if (!payText.contains(lower)
                    && !knownPlaceWord(lower.split(" ")[0])
                    && !vocabulary.currencies().contains(lower)
                    && !asking.contains(lower.split(" ")[0])
                    && !roleWords(lower)) {
                missing.put(company.start(1), AT + name);
            }
        }
        // Places and currencies named anywhere ("salary london in pounds", "make there, in yen").
        String lower = " " + String.join(" ", Text.words(question)) + " ";
        for (String known : vocabulary.places()) {
            int at = lower.indexOf(" " + known + " ");
            if (at >= 0
                    && !payText.contains(known)
                    && missing.values().stream().noneMatch(name -> name.equalsIgnoreCase(known))) {
                missing.put(at, known);
            }
        }
        for (String currency : vocabulary.currencies()) {
            int at = lower.indexOf(" " + currency + " ");
            if (at >= 0) {
                missing.put(at, currency);
            }
        }
        // "in Chicago ... in chicago specifically": a place named twice is missing once.
        Map<String, String> once = new java.util.LinkedHashMap<>();
        missing.values().forEach(scope -> once.putIfAbsent(scope.toLowerCase(Locale.ROOT), scope));
        // "in the Bay Area" read as "Bay" and as the known "bay area": the shorter is part of the longer.
        once.keySet()
                .removeIf(scope -> once.keySet().stream()
                        .anyMatch(other -> !other.equals(scope) && (" " + other + " ").contains(" " + scope + " ")));
        return List.copyOf(once.values());
    }

    /** Whether a word is, or is part of, a place the vocabulary names ("silicon" of "silicon valley"). */
    private boolean knownPlaceWord(String word) {
        return vocabulary.places().stream()
                .anyMatch(place -> place.equals(word)
                        || List.of(place.split(" ")).contains(word) && place.contains(" ") && !asking.contains(word));
    }

    /** The place as the user wrote it ("Silicon Valley", "germany"), its first words only. */
    private static String original(String written, List<String> words) {
        String[] parts = written.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(parts).subList(0, Math.min(words.size(), parts.length)))
                .replaceAll("[?!.,;:]+$", "");
    }

    /** Whether a figure line names the word: "Silicon Valley" is named by a factor, never by a figure. */
    private static boolean figureMentions(String word, List<Statement> pay) {
        return pay.stream()
                .filter(Statement::figure)
                .anyMatch(unit -> unit.quote().toLowerCase(Locale.ROOT).contains(word));
    }

    /**
     * The pay statements that name a missing place without a figure for it ("higher in tech hubs such as Silicon
     * Valley").
     */
    private static List<Statement> mentions(List<String> missing, List<Statement> pay) {
        return pay.stream()
                .filter(unit -> !unit.figure())
                .filter(unit -> missing.stream()
                        .anyMatch(place ->
                                unit.quote().toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))))
                .limit(1)
                .toList();
    }

    /** Labels of the aspects the document has figures for that the answer did not show. */
    private List<String> others(List<PayAspect> asked, List<Statement> figures, List<Statement> used) {
        List<String> others = new ArrayList<>();
        for (PayAspect aspect : vocabulary.payAspects()) {
            boolean shown = used.stream()
                    .anyMatch(unit -> aspectOf(unit).filter(aspect::equals).isPresent());
            boolean present = aspect.answersWithList()
                    || figures.stream()
                            .anyMatch(figure ->
                                    aspectOf(figure).filter(aspect::equals).isPresent());
            if (!shown && !asked.contains(aspect) && present && !aspect.id().equals(GENERIC)) {
                others.add(aspect.label());
            }
        }
        return others;
    }

    private static List<Statement> figuresFirst(List<Statement> used) {
        List<Statement> ordered =
                new ArrayList<>(used.stream().filter(Statement::figure).toList());
        used.stream().filter(unit -> !unit.figure()).forEach(ordered::add);
        return ordered;
    }

    private static String tidy(StringBuilder markdown) {
        return markdown.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
