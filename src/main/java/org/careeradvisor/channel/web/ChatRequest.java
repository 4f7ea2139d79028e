package org.careeradvisor.channel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careeradvisor.advisor.MessageText;

/**
 * Body of {@code POST /api/chat}.
 *
 * @param conversationId the id a previous answer carried; any other id starts a new conversation
 * @param message        the question: some visible text, and no control characters but tabs and line breaks
 */
public record ChatRequest(
        @Pattern(regexp = ClientIds.FORM, message = ClientIds.FORM_MESSAGE)
        String conversationId,

        @NotBlank(message = "must not be blank")
        @Size(max = MessageText.MAX_LENGTH, message = "must be at most {max} characters")
        @Pattern(
                regexp = MessageText.VISIBLE,
                message = "must contain visible text, not only control or invisible characters")
        @Pattern(
                regexp = MessageText.NO_CONTROLS,
                message = "must not contain control characters other than tabs and line breaks")
        String message) {}
