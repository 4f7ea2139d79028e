package org.careeradvisor.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long message text is kept.
 *
 * @param days conversations inactive for longer are erased with their messages and feedback
 */
@ConfigurationProperties("advisor.retention")
public record RetentionProperties(Integer days) {

    public RetentionProperties {
        days = days == null || days < 1 ? 90 : days;
    }
}
