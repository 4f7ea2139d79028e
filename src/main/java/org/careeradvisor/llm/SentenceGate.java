package org.careeradvisor.llm;

import java.util.function.Consumer;

/** Collects streamed tokens and releases whole sentences (or lines), so each can be checked before it is shown. */
class SentenceGate {

    private final Consumer<String> release;
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder all = new StringBuilder();

    SentenceGate(Consumer<String> release) {
        this.release = release;
    }

    void accept(String token) {
        pending.append(token);
        all.append(token);
        int end;
        while ((end = boundary()) >= 0) {
            String sentence = pending.substring(0, end);
            pending.delete(0, end);
            release.accept(sentence);
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            String rest = pending.toString();
            pending.setLength(0);
            release.accept(rest);
        }
    }

    String text() {
        return all.toString();
    }

    /** End of the first complete sentence or line in the pending text, or -1. */
    private int boundary() {
        for (int i = 0; i < pending.length(); i++) {
            char c = pending.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < pending.length() && pending.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return -1;
    }
}
