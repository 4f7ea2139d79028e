package org.careeradvisor.channel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/chat}. */
public record ChatRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 characters of letters, digits, '_' or '-'")
        String conversationId,
        @NotBlank(message = "must not be blank")
        @Size(max = ChatRequest.MAX_MESSAGE_LENGTH, message = "must be at most 2000 characters")
        String message) {

    public static final int MAX_MESSAGE_LENGTH = 2000;
}
