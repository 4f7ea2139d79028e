package org.careeradvisor.conversation;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long message text is kept.
 *
 * @param days conversations inactive for longer are erased with their messages and feedback
 */
@ConfigurationProperties("advisor.retention")
@Validated
public record RetentionProperties(
        @DefaultValue("90") @Positive int days) {}
