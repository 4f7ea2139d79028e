package org.careeradvisor.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a link in an answer is shown as a link: only http and https links to an allowed host and mailto
 * links to an allowed mail domain, never with user information ({@code https://trusted@evil.example}); anything
 * else, or anything that does not parse as a URI, is shown as its text. The hosts come from {@link LinkProperties};
 * the web widget gets the same list ({@code GET /api/widget/config}) and applies the same rule in the browser.
 */
public final class LinkPolicy {

    private final List<String> hosts;

    public LinkPolicy(LinkProperties properties) {
        this.hosts = properties.allowedHosts();
    }

    /** No link is a link. */
    public static LinkPolicy none() {
        return new LinkPolicy(new LinkProperties(List.of()));
    }

    public static LinkPolicy allowing(String... hosts) {
        return new LinkPolicy(new LinkProperties(List.of(hosts)));
    }

    public List<String> hosts() {
        return hosts;
    }

    public boolean allows(String destination) {
        if (destination == null || hosts.isEmpty()) {
            return false;
        }
        try {
            URI uri = new URI(destination.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> uri.getRawUserInfo() == null && allowedHost(uri.getHost());
                case "mailto" -> allowedHost(mailDomain(uri.getSchemeSpecificPart()));
                default -> false;
            };
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static String mailDomain(String address) {
        String plain = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        int at = plain.lastIndexOf('@');
        return at < 0 || plain.contains(",") ? null : plain.substring(at + 1);
    }

    private boolean allowedHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        for (String allowed : hosts) {
            if (name.equals(allowed) || name.endsWith("." + allowed)) {
                return true;
            }
        }
        return false;
    }
}
