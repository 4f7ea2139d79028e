package org.careeradvisor.knowledge;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.parser.apache.tika.ApacheTikaDocumentParser;

import java.io.IOException;
import java.io.InputStream;

/**
 * Extracts the text of binary and markup formats (HTML, PDF, DOCX and the other formats Tika knows)
 * through LangChain4j's Apache Tika parser.
 */
public class TikaTextExtractor {

    private final ApacheTikaDocumentParser parser = new ApacheTikaDocumentParser();

    public String extract(InputStream input) throws IOException {
        try (input) {
            Document document = parser.parse(input);
            return document.text();
        } catch (RuntimeException e) {
            // LangChain4j wraps Tika failures and reports an empty document as a blank-text error.
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}
