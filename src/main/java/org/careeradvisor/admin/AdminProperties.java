package org.careeradvisor.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token bearer token for {@code /api/admin/**}; blank disables those endpoints entirely (404). A secret: set it
 *              through the environment ({@code ADVISOR_ADMIN_TOKEN}).
 */
@ConfigurationProperties("advisor.admin")
public record AdminProperties(String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[token=" + (enabled() ? "set" : "unset") + "]";
    }
}
