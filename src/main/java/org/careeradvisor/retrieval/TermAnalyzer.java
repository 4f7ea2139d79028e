package org.careeradvisor.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Lucene's English analysis (lower case, stop words removed, Porter stems), shared by the BM25 index and by
 * anything that must compare words the way the index does.
 */
public class TermAnalyzer {

    private final Analyzer analyzer = new EnglishAnalyzer();

    public Analyzer analyzer() {
        return analyzer;
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
