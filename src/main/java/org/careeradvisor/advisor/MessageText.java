package org.careeradvisor.advisor;

import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * What a message must be to be asked, on every channel: some visible text (a letter, digit, punctuation or symbol),
 * no control characters but tabs and line breaks, and at most {@value #MAX_LENGTH} characters. The patterns and the
 * length are constants so that the web API can state them as bean-validation constraints and Telegram can check the
 * same rule.
 */
@NamedInterface("api")
public final class MessageText {

    /** The longest question any channel passes on. */
    public static final int MAX_LENGTH = 2000;

    /** Matches text with at least one visible character. */
    public static final String VISIBLE = "(?s).*[\\p{L}\\p{N}\\p{P}\\p{S}].*";
    /** Matches text without control characters other than tab, line feed and carriage return. */
    public static final String NO_CONTROLS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private static final Pattern VISIBLE_TEXT = Pattern.compile(VISIBLE);
    private static final Pattern WITHOUT_CONTROLS = Pattern.compile(NO_CONTROLS);

    private MessageText() {}

    /** Whether the text can be asked as it is. */
    public static boolean askable(String text) {
        return text != null
                && VISIBLE_TEXT.matcher(text).matches()
                && WITHOUT_CONTROLS.matcher(text).matches();
    }
}
