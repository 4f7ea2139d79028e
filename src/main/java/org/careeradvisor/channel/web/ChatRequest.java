package org.careeradvisor.channel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/chat}.
 *
 * @param conversationId the id a previous answer carried; any other id starts a new conversation
 * @param message        the question: some visible text, and no control characters but tabs and line breaks
 */
public record ChatRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 characters of letters, digits, '_' or '-'")
        String conversationId,
        @NotBlank(message = "must not be blank")
        @Size(max = ChatRequest.MAX_MESSAGE_LENGTH, message = "must be at most 2000 characters")
        @Pattern(regexp = "(?s).*[\\p{L}\\p{N}\\p{P}\\p{S}].*",
                message = "must contain visible text, not only control or invisible characters")
        @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
                message = "must not contain control characters other than tabs and line breaks")
        String message) {

    public static final int MAX_MESSAGE_LENGTH = 2000;
}
