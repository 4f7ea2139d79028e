package org.careeradvisor.channel.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web channel's settings.
 *
 * @param allowedOrigins origins (scheme://host:port) whose pages may call the API from the browser, e.g. the careers
 *                       site that embeds the widget; empty means same origin only
 */
@ConfigurationProperties("advisor.web")
public record WebProperties(@DefaultValue List<String> allowedOrigins) {

    public WebProperties {
        allowedOrigins = allowedOrigins.stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }
}
