package org.careeradvisor.knowledge;

import java.util.List;

/**
 * One titled part of a role document: its heading path (top-level section first) and its body text.
 */
public record Section(List<String> headingPath, String body) {

    public Section {
        headingPath = List.copyOf(headingPath);
        body = body == null ? "" : body.strip();
    }

    /** The top-level section this part belongs to, e.g. "Salary Ranges (US Market, 2024)". */
    public String topHeading() {
        return headingPath.isEmpty() ? "Overview" : headingPath.get(0);
    }

    /** The full heading path as a reader sees it, e.g. "Requirements > Technical skills". */
    public String title() {
        return headingPath.isEmpty() ? "Overview" : String.join(" > ", headingPath);
    }
}
