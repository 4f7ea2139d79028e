package org.careeradvisor.advisor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are classified into intents.
 *
 * @param examples a YAML file of further example messages per intent, added to the built-in
 *                 {@code advisor/intents.yml} (same shape: intent name to a list of messages); blank for none
 */
@ConfigurationProperties("advisor.intents")
public record IntentProperties(@DefaultValue("") String examples) {

    public IntentProperties {
        examples = examples.strip();
    }

    /** The settings Spring binds when none is given, for code outside the application context. */
    public static IntentProperties defaults() {
        return new Binder().bindOrCreate("advisor.intents", IntentProperties.class);
    }
}
