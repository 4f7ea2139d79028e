package org.careeradvisor.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.careeradvisor.retrieval.TermAnalyzer;

/**
 * Corrects misspelt words of a message against the words the advisor knows (its documents, role names, vocabulary
 * and intent examples) with Lucene's {@link DirectSpellChecker}: "machin lerning architec salery" becomes "machine
 * learning architect salary" before roles, intent, topic and BM25 see it. Known words, short words and words with
 * digits are left as written; a word is replaced only by a close, known one (one edit up to eight letters, two above).
 * Short forms of role words ("research eng", "ml arch") are read as the full word.
 */
public class Spelling {

    private static final String FIELD = "w";
    /** A word, digits inside it kept ("k8s", "s3"), which only the short forms may replace. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MIN_LENGTH = 5;
    private static final int ONE_EDIT_UP_TO = 8;
    private static final float ACCURACY = 0.75f;
    private static final int MAX_UNKNOWN_IN_QUESTION = 3;
    private static final Pattern INFLECTION = Pattern.compile("(s|es|ed|ing|er|ers|ly|ment|ments|ion|ions|al)$");

    private final IndexReader reader;
    private final Set<String> known;
    private final Map<String, String> abbreviations;
    private final TermAnalyzer stems = new TermAnalyzer();
    private final Set<String> knownStems;
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    private Spelling(IndexReader reader, Set<String> known, Map<String, String> abbreviations) {
        this.reader = reader;
        this.known = known;
        this.abbreviations = abbreviations;
        this.knownStems = Set.copyOf(stems.terms(String.join(" ", known)));
    }

    /** A corrector that knows the words of these texts and reads these short forms as their full words ("eng"). */
    public static Spelling of(Collection<String> texts, Map<String, String> abbreviations) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Set<String> known = new HashSet<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String text : texts) {
                StringBuilder words = new StringBuilder();
                Matcher matcher = WORD.matcher(text);
                while (matcher.find()) {
                    String word = matcher.group().toLowerCase(Locale.ROOT);
                    known.add(word);
                    words.append(word).append(' ');
                }
                Document document = new Document();
                document.add(new TextField(FIELD, words.toString(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new Spelling(DirectoryReader.open(directory), Set.copyOf(known), Map.copyOf(abbreviations));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the spelling index", e);
        }
    }

    public boolean knows(String word) {
        return known.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The message with each misspelt word replaced by the known word it most likely means; noise stays as it is. */
    public String correct(String message) {
        return read(message).corrected();
    }

    /** The message read once: corrected, and whether it is noise. */
    public Reading read(String message) {
        Matcher matcher = WORD.matcher(message);
        StringBuilder corrected = new StringBuilder();
        int unknown = 0;
        int changed = 0;
        int words = 0;
        while (matcher.find()) {
            words++;
            String word = matcher.group();
            String replacement = correctWord(word);
            if (replacement == null) {
                unknown++;
            } else if (!replacement.equals(word)) {
                unknown++;
                changed++;
            }
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement == null ? word : replacement));
        }
        matcher.appendTail(corrected);
        // Mostly words nothing knows: a long story in plain English ("my cousin nodded along at dinner") is not noise.
        boolean noise = unknown > MAX_UNKNOWN_IN_QUESTION && changed * 2 < unknown && (unknown - changed) * 2 > words;
        return new Reading(changed == 0 || noise ? message : corrected.toString(), noise);
    }

    /** The text with only its short forms written out ("wat degree does res sci need"), nothing else corrected. */
    static String withShortFormsOut(String text, Map<String, String> abbreviations) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder written = new StringBuilder();
        while (matcher.find()) {
            String full = abbreviations.get(matcher.group().toLowerCase(Locale.ROOT));
            matcher.appendReplacement(written, Matcher.quoteReplacement(full == null ? matcher.group() : full));
        }
        return matcher.appendTail(written).toString();
    }

    /** A message as the speller read it. */
    public record Reading(String corrected, boolean noise) {}

    /** The word, its correction, or null for an unknown word with no close known one. */
    private String correctWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (abbreviations.containsKey(lower)) {
            return abbreviations.get(lower);
        }
        if (lower.length() < MIN_LENGTH
                || known.contains(lower)
                || inflected(lower)
                || DIGIT.matcher(lower).find()) {
            return word;
        }
        DirectSpellChecker checker = lower.length() <= ONE_EDIT_UP_TO ? oneEdit : twoEdits;
        try {
            SuggestWord[] suggestions =
                    checker.suggestSimilar(new Term(FIELD, lower), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? null : suggestions[0].string;
        } catch (IOException e) {
            return null;
        }
    }

    /** "tested" when "testing" is known: another form of a known word, not a typo. */
    private boolean inflected(String word) {
        if (!INFLECTION.matcher(word).find()) {
            return false;
        }
        Set<String> terms = stems.terms(word);
        return !terms.isEmpty() && knownStems.containsAll(terms);
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(ACCURACY);
        checker.setMinQueryLength(MIN_LENGTH);
        return checker;
    }
}
