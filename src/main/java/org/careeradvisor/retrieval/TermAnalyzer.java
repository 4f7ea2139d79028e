package org.careeradvisor.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's English analysis (lower case, stop words removed, Porter stems), shared by the BM25 index and by
 * anything that must compare words the way the index does.
 */
public class TermAnalyzer {

    /** "Ph.D." and "PhD" (and "U.S." and "US") must meet in the index: people type them both ways. */
    private static final NormalizeCharMap SPELLINGS = spellings();

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(SPELLINGS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            // The chain of Lucene's EnglishAnalyzer, behind a char filter that unifies dotted abbreviations.
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };

    public Analyzer analyzer() {
        return analyzer;
    }

    private static NormalizeCharMap spellings() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("Ph.D.", "PhD");
        builder.add("Ph.D", "PhD");
        builder.add("ph.d", "PhD");
        builder.add("U.S.", "US");
        return builder.build();
    }

    /** The distinct analysed terms of a text, in order of first appearance. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
