package org.careeradvisor.channel.web;

/**
 * Request paths must be written the one way the handlers are mapped: no path parameters ({@code ;}), no
 * percent-encoding, no backslashes, empty or dot segments. The servlet container and Spring both ignore or decode
 * these ({@code /api;a/chat}, {@code /api/ch%61t} reach the chat handler), so a path check that compares strings
 * could be walked around; refusing them leaves one spelling per endpoint, and none of this API's paths needs them.
 */
final class PathRules {

    private PathRules() {}

    /** Why the raw request URI (as sent, before decoding) is refused, or null when it is canonical. */
    static String violation(String rawUri) {
        if (rawUri == null || !rawUri.startsWith("/")) {
            return "The request path must start with '/'.";
        }
        if (rawUri.indexOf(';') >= 0) {
            return "Path parameters (';') are not accepted in the request path.";
        }
        if (rawUri.indexOf('%') >= 0) {
            return "Percent-encoded characters are not accepted in the request path.";
        }
        if (rawUri.indexOf('\\') >= 0) {
            return "Backslashes are not accepted in the request path.";
        }
        for (int i = 0; i < rawUri.length(); i++) {
            char c = rawUri.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return "Control, space and non-ASCII characters are not accepted in the request path.";
            }
        }
        if (rawUri.contains("//")
                || rawUri.contains("/./")
                || rawUri.contains("/../")
                || rawUri.endsWith("/.")
                || rawUri.endsWith("/..")) {
            return "Empty, '.' and '..' segments are not accepted in the request path.";
        }
        return null;
    }
}
