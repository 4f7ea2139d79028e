package org.careeradvisor.channel.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careeradvisor.advisor.MessageText;

/** Body of {@code POST /api/feedback}. */
public record FeedbackRequest(
        @NotNull(message = "is required") @Pattern(regexp = ClientIds.FORM, message = ClientIds.FORM_MESSAGE)
        String conversationId,

        @NotNull(message = "is required") @Pattern(regexp = ClientIds.FORM, message = ClientIds.FORM_MESSAGE)
        String messageId,

        @NotNull(message = "is required") @Pattern(regexp = "up|down", message = "must be \"up\" or \"down\"")
        String rating,

        @Size(max = 1000, message = "must be at most 1000 characters")
        @Pattern(
                regexp = MessageText.NO_CONTROLS,
                message = "must not contain control characters other than tabs and line breaks")
        String comment) {}
