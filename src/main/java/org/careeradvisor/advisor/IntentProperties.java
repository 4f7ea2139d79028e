package org.careeradvisor.advisor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How messages are classified into intents.
 *
 * @param examples a YAML file of further example messages per intent, added to the built-in
 *                 {@code advisor/intents.yml} (same shape: intent name to a list of messages); blank for none
 */
@ConfigurationProperties("advisor.intents")
public record IntentProperties(String examples) {

    public IntentProperties {
        examples = examples == null ? "" : examples.strip();
    }

    public static IntentProperties defaults() {
        return new IntentProperties(null);
    }
}
