package org.careeradvisor.channel;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which links in answers are shown as links, on every channel (the web widget and chat page, Telegram). Answers
 * quote the documents, and a document may link anywhere; a link to any other host is shown as its text only.
 *
 * @param allowedHosts hosts whose http(s) links, and mail domains whose mailto links, are kept as links; an entry
 *                     also allows its subdomains ({@code example.org} allows {@code docs.example.org}); empty: none
 */
@ConfigurationProperties("advisor.links")
public record LinkProperties(@DefaultValue List<String> allowedHosts) {

    public LinkProperties {
        allowedHosts = allowedHosts.stream()
                .map(host -> host == null ? "" : host.strip().toLowerCase(Locale.ROOT))
                .map(host -> host.startsWith("*.") ? host.substring(2) : host)
                .map(host -> host.endsWith(".") ? host.substring(0, host.length() - 1) : host)
                .filter(host -> !host.isEmpty())
                .distinct()
                .toList();
    }
}
