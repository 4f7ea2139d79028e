package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;

/** Cuts an answer into sentence-sized pieces for streaming; the pieces joined give back the answer exactly. */
public final class AnswerPieces {

    private AnswerPieces() {}

    public static List<String> of(String answer) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            boolean lineEnd = c == '\n';
            boolean sentenceEnd =
                    (c == '.' || c == '!' || c == '?') && i + 1 < answer.length() && answer.charAt(i + 1) == ' ';
            if (lineEnd || sentenceEnd) {
                int end = sentenceEnd ? i + 2 : i + 1;
                pieces.add(answer.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < answer.length()) {
            pieces.add(answer.substring(start));
        }
        return pieces;
    }
}
