package org.careeradvisor.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the section labels a model cited ("[S1]", "[S2, S3]") and removes the markers from the text shown. */
final class Citations {

    private static final Pattern MARKER = Pattern.compile("\\s?\\[(S\\d+(?:\\s*[,;]\\s*S\\d+)*)\\]");

    private Citations() {}

    static List<String> labels(String text) {
        Set<String> labels = new LinkedHashSet<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            for (String label : matcher.group(1).split("\\s*[,;]\\s*")) {
                labels.add(label.strip());
            }
        }
        return new ArrayList<>(labels);
    }

    static String strip(String text) {
        return MARKER.matcher(text).replaceAll("");
    }
}
