package org.careeradvisor.knowledge;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.parser.apache.tika.ApacheTikaDocumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Extracts the text of binary and markup formats (HTML, PDF, DOCX and the other formats Tika knows)
 * through LangChain4j's Apache Tika parser, up to a number of characters: a small compressed file (a DOCX is a zip)
 * can hold far more text than its size suggests.
 */
public class TikaTextExtractor {

    private final int maxChars;
    private final ApacheTikaDocumentParser parser;

    public TikaTextExtractor(int maxChars) {
        this.maxChars = maxChars;
        this.parser = new ApacheTikaDocumentParser(
                ApacheTikaDocumentParser.DEFAULT_PARSER_SUPPLIER,
                () -> new BodyContentHandler(maxChars),
                ApacheTikaDocumentParser.DEFAULT_METADATA_SUPPLIER,
                ApacheTikaDocumentParser.DEFAULT_PARSE_CONTEXT_SUPPLIER);
    }

    public String extract(InputStream input) throws IOException {
        try (input) {
            Document document = parser.parse(input);
            return document.text();
        } catch (RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IOException(
                        String.format(
                                Locale.ROOT,
                                "holds more than %,d characters of text (4 times advisor.knowledge.max-file-size); not indexed",
                                maxChars),
                        e);
            }
            // LangChain4j wraps Tika failures and reports an empty document as a blank-text error.
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}
