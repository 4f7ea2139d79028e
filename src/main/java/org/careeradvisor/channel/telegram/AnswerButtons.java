package org.careeradvisor.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The buttons under an answer: 👍/👎 and the suggested follow-ups. Callback data stays within Telegram's 64 bytes
 * ("fb:u:&lt;answer id&gt;", "sg:1:&lt;answer id&gt;") and is validated when pressed; suggestions are remembered for
 * a bounded number of recent answers, so an old button gets a gentle "expired".
 */
class AnswerButtons {

    private static final Pattern DATA = Pattern.compile(
            "^(fb):([ud]):([A-Za-z0-9-]{1,40})$|^(sg):([0-2]):([A-Za-z0-9-]{1,40})$|^(role):([a-z0-9-]{1,58})$");
    private static final int REMEMBERED_ANSWERS = 10_000;

    private final Cache<String, List<String>> suggestions =
            Caffeine.newBuilder().maximumSize(REMEMBERED_ANSWERS).build();

    /** The keyboard for an answer, remembering its suggestions for when a button is pressed. */
    public InlineKeyboardMarkup keyboard(String messageId, List<String> answerSuggestions) {
        List<String> offered = answerSuggestions.stream().limit(3).toList();
        suggestions.put(messageId, offered);
        InlineKeyboardMarkup.InlineKeyboardMarkupBuilder<?, ?> keyboard = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder()
                                .text("👍")
                                .callbackData("fb:u:" + messageId)
                                .build(),
                        InlineKeyboardButton.builder()
                                .text("👎")
                                .callbackData("fb:d:" + messageId)
                                .build()));
        for (int i = 0; i < offered.size(); i++) {
            keyboard.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(offered.get(i))
                    .callbackData("sg:" + i + ":" + messageId)
                    .build()));
        }
        return keyboard.build();
    }

    /** What a pressed button means, or empty for data that is malformed or no longer known. */
    public Optional<Press> read(String data) {
        Matcher matcher = DATA.matcher(data == null ? "" : data);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1) != null) {
            return Optional.of(new Press(matcher.group(3), matcher.group(2).equals("u") ? "up" : "down", null, null));
        }
        if (matcher.group(7) != null) {
            return Optional.of(new Press(null, null, null, matcher.group(8)));
        }
        List<String> offered = suggestions.getIfPresent(matcher.group(6));
        int index = Integer.parseInt(matcher.group(5));
        if (offered == null || index >= offered.size()) {
            return Optional.empty();
        }
        return Optional.of(new Press(matcher.group(6), null, offered.get(index), null));
    }

    /** A keyboard with one button per role, for /roles. */
    InlineKeyboardMarkup roles(List<org.careeradvisor.advisor.RoleView> roles) {
        InlineKeyboardMarkup.InlineKeyboardMarkupBuilder<?, ?> keyboard = InlineKeyboardMarkup.builder();
        roles.stream()
                .filter(role -> ("role:" + role.id()).length() <= 64)
                .forEach(role -> keyboard.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(role.title())
                        .callbackData("role:" + role.id())
                        .build())));
        return keyboard.build();
    }

    /** A pressed button: a rating of an answer, a suggested question to ask, or a role to present. */
    public record Press(String messageId, String rating, String question, String roleId) {}
}
